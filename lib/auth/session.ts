// Who is signed in, for pages and actions. Pages that call this are rendered per request.
import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { getAuth } from "./auth";

export type UserRole = "buyer" | "factory" | "agent" | "partner" | "admin";

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  company: string | null;
  country: string | null;
  locale: string;
  currency: string;
  activeOrganisationId: number | null;
}

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const auth = await getAuth();
  const result = await auth.api.getSession({ headers: await headers() });
  if (!result) return null;
  const { user, session } = result;
  return {
    id: Number(user.id),
    email: user.email,
    name: user.name,
    role: (user.role ?? "buyer") as UserRole,
    company: user.company ?? null,
    country: user.country ?? null,
    locale: user.locale ?? "en",
    currency: user.currency ?? "USD",
    activeOrganisationId: session.activeOrganizationId ? Number(session.activeOrganizationId) : null,
  };
});

/** Only a relative path of this site, so a crafted `next` cannot send the user elsewhere. */
export const safeNextPath = (next: unknown, fallback = "/") =>
  typeof next === "string" && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) ? next : fallback;

/** The signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(locale: Locale, returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect({ href: `/sign-in?next=${encodeURIComponent(returnTo)}`, locale });
  return user!;
}
