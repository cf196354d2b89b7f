// Who is calling: one actor type for a browser session and (for the partner API) an API key.
// Resolved once per request from the request's headers; operations get a narrowed form of it
// (see access.ts) and never read cookies or headers themselves.
import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import type { DbOrTx } from "@/db";
import { memberships, organisations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";

export type OrganisationKind = "factory" | "agent" | "partner" | "platform";
export type MemberRole = "owner" | "admin" | "member";
export type ApiScope = "catalog:read" | "orders:write" | "webhooks:manage";

export interface Membership {
  organisationId: number;
  kind: OrganisationKind;
  role: MemberRole;
  name: string;
}

export type Actor =
  | { type: "anonymous"; ip: string }
  | { type: "user"; ip: string; user: SessionUser; memberships: Membership[] }
  | { type: "apiKey"; ip: string; keyId: number; organisationId: number; scopes: ApiScope[]; mode: "test" | "live" };

/** Every organisation the user belongs to, oldest first. */
export async function membershipsOf(db: DbOrTx, userId: number): Promise<Membership[]> {
  return db
    .select({ organisationId: organisations.id, kind: organisations.kind, role: memberships.role, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId)))
    .orderBy(organisations.id) as Promise<Membership[]>;
}

/**
 * Resolves API keys (`Authorization: Bearer hz_…`). The partner API registers its resolver here
 * (lib/partners/), so the gate itself does not depend on the key table.
 */
export type ApiKeyResolver = (db: DbOrTx, token: string, ip: string) => Promise<Extract<Actor, { type: "apiKey" }> | null>;
const globalForGate = globalThis as unknown as { haozaoApiKeyResolver?: ApiKeyResolver };
export function registerApiKeyResolver(resolver: ApiKeyResolver) {
  globalForGate.haozaoApiKeyResolver = resolver;
}
export const apiKeyResolver = () => globalForGate.haozaoApiKeyResolver ?? null;

/** Per request (React cache): the same actor for every read of one page render or action. */
export const requestCache = cache;
