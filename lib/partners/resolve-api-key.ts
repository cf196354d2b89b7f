// The gate's API-key resolver: a Bearer token -> the key's actor, or null (401) for a malformed,
// unknown or revoked key. Registered with the gate when lib/partners/register.ts is imported.
// The partner API's routes use `resolveApiKeyTakingToken`: the key, its "last used" and a token from
// its bucket in one statement, one round trip per request before the endpoint's own reads.
import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { rowsOf } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { Actor, ApiScope } from "@/lib/gate";
import { bucketState, type BucketState } from "@/lib/gate/rate-limit";
import { hashKey, keyMode } from "./api-keys";

export type KeyActor = Extract<Actor, { type: "apiKey" }> & { ratePerMinute: number };

/** The bucket of a key's requests: `ratePerMinute` tokens, refilled over a minute. */
export const keyBucket = (key: { ratePerMinute: number }) => ({ capacity: key.ratePerMinute, refillSeconds: 60 });

const actorOf = (key: { id: number; partnerId: number; scopes: string[]; mode: string; ratePerMinute: number }, ip: string): KeyActor => ({
  type: "apiKey",
  ip,
  keyId: key.id,
  organisationId: key.partnerId,
  scopes: key.scopes as ApiScope[],
  mode: key.mode === "live" ? "live" : "test",
  ratePerMinute: key.ratePerMinute,
});

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
  return actorOf(key, ip);
}

/**
 * The key behind a token and one token taken from its bucket (the bucket of lib/gate/rate-limit.ts,
 * same table and arithmetic), in one statement: null for an unknown or revoked key, which takes
 * nothing. "Last used" is written at most once a minute, in the same statement. The bucket's row is
 * a counter whose loss in a crash costs nothing, so its commit does not wait for the disk.
 */
export async function resolveApiKeyTakingToken(db: DbOrTx, token: string, ip: string): Promise<{ actor: KeyActor; bucket: BucketState } | null> {
  if (!keyMode(token)) return null;
  // The bucket's capacity is the key's rate: the inserted row holds capacity - 1, so on conflict
  // `excluded.tokens + 1` is the capacity and `/ 60` its refill per second.
  const refilled = sql.raw(`least(excluded.tokens + 1, r.tokens + extract(epoch from (clock_timestamp() - r.updated_at)) * (excluded.tokens + 1) / 60)`);
  const result = await db.execute(sql`
    with k as (
      select id, partner_id, scopes, mode, rate_per_minute from api_keys where hash = ${hashKey(token)} and revoked_at is null
    ), touched as ( -- a data-modifying CTE runs whether or not it is read
      update api_keys set last_used_at = now()
      where id in (select id from k) and (last_used_at is null or last_used_at < now() - interval '1 minute')
      returning id
    ), bucket as (
      insert into rate_limits as r (key, tokens, allowed, updated_at)
      select 'api:k' || k.id, k.rate_per_minute - 1, true, clock_timestamp()
      from k, (select set_config('synchronous_commit', 'off', true)) as quiet
      on conflict (key) do update set
        tokens = case when ${refilled} >= 1 then ${refilled} - 1 else ${refilled} end,
        allowed = ${refilled} >= 1,
        updated_at = clock_timestamp()
      returning tokens, allowed
    )
    select k.id, k.partner_id, k.scopes, k.mode, k.rate_per_minute, bucket.tokens, bucket.allowed
    from k cross join bucket`);
  const [row] = rowsOf<{ id: number; partner_id: number; scopes: string[]; mode: string; rate_per_minute: number; tokens: number | string; allowed: boolean }>(result);
  if (!row) return null;
  const actor = actorOf({ id: Number(row.id), partnerId: Number(row.partner_id), scopes: row.scopes, mode: row.mode, ratePerMinute: Number(row.rate_per_minute) }, ip);
  return { actor, bucket: bucketState(keyBucket(actor), Number(row.tokens), row.allowed) };
}
