// Token buckets in PostgreSQL, shared by every server process: one row per key, refilled by the
// time since its last use, in one statement (no read-then-write race). Used for sign-in attempts,
// password resets and the partner API's per-key limits.
import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { rowsOf } from "@/db/client";

export interface Bucket {
  /** Tokens when full: the burst allowed. */
  capacity: number;
  /** Seconds for an empty bucket to refill completely. */
  refillSeconds: number;
}

export interface BucketState {
  allowed: boolean;
  /** Whole tokens left after this call. */
  remaining: number;
  /** Seconds until one token is back (0 when some are left). */
  retryAfter: number;
  /** Seconds until the bucket is full again. */
  resetAfter: number;
}

/** What a caller is told of a bucket holding `tokens` after a take that was `allowed` or not. */
export function bucketState(bucket: Bucket, tokens: number, allowed: boolean): BucketState {
  const perSecond = bucket.capacity / bucket.refillSeconds;
  return {
    allowed,
    remaining: Math.max(0, Math.floor(tokens)),
    retryAfter: tokens >= 1 ? 0 : Math.ceil((1 - tokens) / perSecond),
    resetAfter: Math.ceil((bucket.capacity - tokens) / perSecond),
  };
}

/** Takes `cost` tokens if the bucket has them; answers whether it did. */
export async function takeToken(db: DbOrTx, key: string, bucket: Bucket, cost = 1): Promise<BucketState> {
  const perSecond = bucket.capacity / bucket.refillSeconds;
  const refilled = sql`least(${bucket.capacity}::float8, rate_limits.tokens + extract(epoch from (clock_timestamp() - rate_limits.updated_at)) * ${perSecond}::float8)`;
  const result = await db.execute(sql`
    insert into rate_limits (key, tokens, allowed, updated_at)
    values (${key}, ${bucket.capacity - cost}::float8, true, clock_timestamp())
    on conflict (key) do update set
      tokens = case when ${refilled} >= ${cost}::float8 then ${refilled} - ${cost}::float8 else ${refilled} end,
      allowed = ${refilled} >= ${cost}::float8,
      updated_at = clock_timestamp()
    returning tokens, allowed`);
  const [row] = rowsOf<{ tokens: number | string; allowed: boolean }>(result);
  return bucketState(bucket, Number(row.tokens), row.allowed);
}

/** The bucket's state without taking a token: e.g. refuse a sign-in once five failures used it up. */
export async function peekBucket(db: DbOrTx, key: string, bucket: Bucket): Promise<BucketState> {
  const perSecond = bucket.capacity / bucket.refillSeconds;
  const result = await db.execute(sql`
    select least(${bucket.capacity}::float8, tokens + extract(epoch from (clock_timestamp() - updated_at)) * ${perSecond}::float8) as tokens
    from rate_limits where key = ${key}`);
  const [row] = rowsOf<{ tokens: number | string }>(result);
  const tokens = row ? Number(row.tokens) : bucket.capacity;
  return bucketState(bucket, tokens, tokens >= 1);
}

/** Forgets a key (e.g. after a successful sign-in). */
export async function resetBucket(db: DbOrTx, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}
