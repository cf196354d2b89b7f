// A page of matches sorted by price without sorting every match: the price band of each listing is
// a key of the search index (filter-keys.ts), so the search reads the bands in price order, a few
// at a time, each band group through the index together with the words, and stops as soon as it
// has the rows of the page. Bands are disjoint price ranges, so the groups' rows, each sorted,
// follow one another in price order. A broad query ("phone case", tens of thousands of matches at
// a million listings) then reads and sorts only the matches in its cheapest (or dearest) bands.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/client";
import { PRICE_BAND_FLOORS_FEN, priceBand, priceBandKey } from "./filter-keys";
import { orderBy, rankedMatches } from "./match-conditions";
import { intArray } from "./sql-arrays";
import type { KeywordQuery } from "./types";

const LAST_BAND = PRICE_BAND_FLOORS_FEN.length;
/** The first group reads this many bands; each group after one that did not fill the page reads twice as many. */
const FIRST_GROUP = 2;

export const isPriceSort = (sort: KeywordQuery["sort"]) => sort === "price_asc" || sort === "price_desc";

/** Listing ids of the page, in price order (then sales, then id, as orderBy). */
export async function pageByPriceBands(db: DbOrTx, where: SQL, query: KeywordQuery): Promise<number[]> {
  const ascending = query.sort === "price_asc";
  const need = query.page * query.pageSize;
  // Only the bands the price filter allows.
  let low = query.priceMinFen != null ? priceBand(query.priceMinFen) : 0;
  let high = query.priceMaxFen != null ? priceBand(query.priceMaxFen) : LAST_BAND;
  const ids: number[] = [];
  let size = FIRST_GROUP;
  while (low <= high && ids.length < need) {
    const from = ascending ? low : Math.max(low, high - size + 1);
    const to = ascending ? Math.min(high, low + size - 1) : high;
    const keys = Array.from({ length: to - from + 1 }, (_, i) => priceBandKey(from + i));
    const inBands = sql`${where} and s.filter_keys && ${intArray(keys)}`;
    const rows = rowsOf<{ id: number }>(
      await db.execute(sql`select s.listing_id as id
        from (${rankedMatches(sql`s.listing_id, s.price_min_fen, s.sold_count, s.published_at`, inBands)}) s
        order by ${orderBy(query.sort)} limit ${need - ids.length}`),
    );
    for (const r of rows) ids.push(Number(r.id));
    if (ascending) low = to + 1;
    else high = from - 1;
    size *= 2;
  }
  return ids.slice((query.page - 1) * query.pageSize, need);
}
