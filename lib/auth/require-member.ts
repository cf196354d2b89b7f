// Pages and actions of a role's portal: the signed-in user must belong to an organisation of that
// kind. Anyone else gets a 404, never a hint that the page exists for others.
import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { memberships, organisations } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { getSessionUser, requireUser, type SessionUser } from "./session";

export type OrganisationKind = "factory" | "agent" | "partner" | "platform";

export async function membershipOf(userId: number, kind: OrganisationKind) {
  const db = await getDb();
  const [row] = await db
    .select({ organisationId: organisations.id, name: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), eq(organisations.kind, kind)))
    .orderBy(organisations.id)
    .limit(1);
  return row ?? null;
}

/** For pages: sign in first, then 404 unless a member of such an organisation. */
export async function requireMember(locale: Locale, kind: OrganisationKind, returnTo: string) {
  const user = await requireUser(locale, returnTo);
  const membership = await membershipOf(user.id, kind);
  if (!membership) notFound();
  return { user, ...membership };
}

/** For actions: the member, or null (the action then refuses). */
export async function currentMember(kind: OrganisationKind): Promise<({ user: SessionUser } & NonNullable<Awaited<ReturnType<typeof membershipOf>>>) | null> {
  const user = await getSessionUser();
  if (!user) return null;
  const membership = await membershipOf(user.id, kind);
  return membership ? { user, ...membership } : null;
}
