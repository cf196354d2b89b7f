// A page of matches sorted by price or date without sorting every match. Each listing's price band
// and publication week are keys of the search index (filter-keys.ts), so the search reads a few
// bands (weeks) at a time, in the order of the sort, each group through the index together with the
// words, and stops as soon as it has the rows of the page. The groups are disjoint ranges, so their
// rows, each sorted, follow one another in the order of the sort. A broad query ("phone case", tens
// of thousands of matches at a million listings) then reads and sorts only the matches of its
// cheapest (dearest, newest) bands; a narrow one, after a few small groups, the rest in one go.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/client";
import { PRICE_BAND_FLOORS_FEN, priceBand, priceBandKey, weekKey } from "./filter-keys";
import { orderBy, rankedMatches } from "./match-conditions";
import { intArray } from "./sql-arrays";
import type { KeywordQuery } from "./types";

/** Groups of 2, 4, 8 and 16 bands (1, 2, 4, 8 weeks), then the rest of the range in one. */
const GROUPS = 4;

export const isWalkedSort = (sort: KeywordQuery["sort"]) => sort === "price_asc" || sort === "price_desc" || sort === "newest";

interface Range {
  low: number;
  high: number;
  first: number;
  key: (unit: number) => number;
  /** The rows of units beyond `unit` in the walk's direction (the final group), by the column itself. */
  beyond: (unit: number) => SQL;
  descending: boolean;
}

async function rangeOf(db: DbOrTx, query: KeywordQuery): Promise<Range | null> {
  if (query.sort === "newest") {
    const [row] = rowsOf<{ lo: number | null; hi: number | null }>(
      await db.execute(sql`select search_week(min(published_at)) as lo, search_week(max(published_at)) as hi from listing_search`),
    );
    if (row.lo == null || row.hi == null) return null;
    return {
      low: Number(row.lo),
      high: Number(row.hi),
      first: 1,
      key: weekKey,
      beyond: (week) => sql`s.published_at < to_timestamp(${week * 604800})`,
      descending: true,
    };
  }
  // The bands listings occupy at all (the ends of the price index): a walk from the dearest band
  // would otherwise spend its first groups on bands nothing is priced in.
  const [row] = rowsOf<{ lo: number | null; hi: number | null }>(
    await db.execute(sql`select search_price_band(min(price_min_fen)) as lo, search_price_band(max(price_min_fen)) as hi from listing_search`),
  );
  if (row.lo == null || row.hi == null) return null;
  const low = Math.max(Number(row.lo), query.priceMinFen != null ? priceBand(query.priceMinFen) : 0);
  const high = Math.min(Number(row.hi), query.priceMaxFen != null ? priceBand(query.priceMaxFen) : PRICE_BAND_FLOORS_FEN.length);
  const floor = (band: number) => (band === 0 ? 0 : PRICE_BAND_FLOORS_FEN[band - 1]);
  const descending = query.sort === "price_desc";
  return {
    low,
    high,
    first: 2,
    key: priceBandKey,
    // Ascending: bands above `band`; descending: bands below it.
    beyond: (band) => (descending ? sql`s.price_min_fen < ${floor(band)}` : sql`s.price_min_fen >= ${floor(band + 1)}`),
    descending,
  };
}

/** Listing ids of the page, in the order of the sort (then sales, then id, as orderBy). */
export async function pageBySortWalk(db: DbOrTx, where: SQL, query: KeywordQuery): Promise<number[]> {
  const range = await rangeOf(db, query);
  if (!range) return [];
  const need = query.page * query.pageSize;
  const ids: number[] = [];
  const read = async (condition: SQL) => {
    const rows = rowsOf<{ id: number }>(
      await db.execute(sql`select s.listing_id as id
        from (${rankedMatches(sql`s.listing_id, s.price_min_fen, s.sold_count, s.published_at`, sql`${where} and ${condition}`)}) s
        order by ${orderBy(query.sort)} limit ${need - ids.length}`),
    );
    for (const r of rows) ids.push(Number(r.id));
  };
  let { low, high } = range;
  let size = range.first;
  for (let group = 0; group < GROUPS && low <= high && ids.length < need; group++, size *= 2) {
    const from = range.descending ? Math.max(low, high - size + 1) : low;
    const to = range.descending ? high : Math.min(high, low + size - 1);
    const keys = Array.from({ length: to - from + 1 }, (_, i) => range.key(from + i));
    await read(sql`s.filter_keys && ${intArray(keys)}`);
    if (range.descending) high = from - 1;
    else low = to + 1;
  }
  // The rest of the range, if the page is not full yet: by the column, in one statement.
  if (ids.length < need && low <= high) await read(range.beyond(range.descending ? high + 1 : low - 1));
  return ids.slice((query.page - 1) * query.pageSize, need);
}
