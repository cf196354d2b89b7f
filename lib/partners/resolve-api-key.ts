// The gate's API-key resolver: a Bearer token -> the key's actor, or null (401) for a malformed,
// unknown or revoked key. Registered with the gate when lib/partners/register.ts is imported.
import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { apiKeys } from "@/db/schema";
import type { Actor, ApiScope } from "@/lib/gate";
import { hashKey, keyMode } from "./api-keys";

export type KeyActor = Extract<Actor, { type: "apiKey" }> & { ratePerMinute: number };

export async function resolveApiKey(db: DbOrTx, token: string, ip: string): Promise<KeyActor | null> {
  if (!keyMode(token)) return null;
  const [key] = await db
    .select({ id: apiKeys.id, partnerId: apiKeys.partnerId, scopes: apiKeys.scopes, mode: apiKeys.mode, ratePerMinute: apiKeys.ratePerMinute, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, hashKey(token)), isNull(apiKeys.revokedAt)));
  if (!key) return null;
  // "Last used" to the minute: one write a minute per key at most, not one per request.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: new Date() })
      .where(and(eq(apiKeys.id, key.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
  }
  return {
    type: "apiKey",
    ip,
    keyId: key.id,
    organisationId: key.partnerId,
    scopes: key.scopes as ApiScope[],
    mode: key.mode === "live" ? "live" : "test",
    ratePerMinute: key.ratePerMinute,
  };
}
