import "server-only";
// Keeps `listing_search` in static-rank order (best selling first): each row's rank tier (see
// rank-tiers.ts), and the table physically in sales order. A search reads the tiers in order, and a
// bitmap scan reads a tier's rows in physical order, so the first N matches of a broad query are
// then its N best sellers: the search ranks those instead of sorting every match (see
// RANKED_WINDOW in postgres-engine.ts). Run after bulk loads and nightly (a job on the queue, at
// scale); rows added since the last run are in the last tier, at the end, until the next one.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { RANK_TIER_SHARES, RANK_TIERS } from "./rank-tiers";

export async function maintainSearchOrder(db: DbOrTx) {
  const tier = sql.join(
    RANK_TIER_SHARES.map((share, i) => sql`when rn <= n * ${sql.raw(String(share))} then ${sql.raw(String(i + 1))}`),
    sql` `,
  );
  // Only rows whose tier changes are written.
  await db.execute(sql`
    update listing_search s set rank_tier = r.tier
    from (select listing_id, case ${tier} else ${sql.raw(String(RANK_TIERS))} end as tier
          from (select listing_id, row_number() over (order by sold_count desc, listing_id desc) as rn, count(*) over () as n
                from listing_search) x) r
    where r.listing_id = s.listing_id and s.rank_tier <> r.tier`);
  await db.execute(sql`cluster listing_search using listing_search_sold`);
  await db.execute(sql`analyze listing_search`);
}
