// A page of a broad search sorted by price or date, without sorting all its matches. The facet
// sample (the first FACET_SAMPLE + 1 matches in rank order) holds real matches: if `need` of them
// (the rows up to the end of the page) cost at most P, then at least `need` matches cost at most P,
// and the page lies among the matches priced up to P. Those are read through the search index
// with the words and the price bands up to P (keys of the same GIN index, so a broad query reads
// only the matches of its cheapest bands), then sorted exactly. Dearest first and newest first
// likewise, from the other end (publication weeks are keys too).
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/client";
import { priceBand, priceBandKey, publishedWeek, weekKey } from "./filter-keys";
import { orderBy, rankedMatches } from "./match-conditions";
import { intArray } from "./sql-arrays";
import type { KeywordQuery } from "./types";

/** Past this many band (week) keys the index condition gains little: the bound alone is tested. */
const MAX_KEYS = 60;

/** SQL (over `m`, the sample, and the table) for the bound and the far edge of the data. */
export function boundColumns(sort: KeywordQuery["sort"], need: number): SQL {
  const offset = sql.raw(String(Math.max(0, need - 1)));
  if (sort === "newest") {
    // (Cast outside the subquery: inside, ORDER BY would sort the text.)
    return sql`(select published_at from m order by published_at desc limit 1 offset ${offset})::text as bound,
      (select max(published_at)::text from listing_search) as edge`;
  }
  const asc = sort === "price_asc";
  return sql`(select price_min_fen from m order by price_min_fen ${sql.raw(asc ? "asc" : "desc")} limit 1 offset ${offset})::text as bound,
    (select ${sql.raw(asc ? "min" : "max")}(price_min_fen)::text from listing_search) as edge`;
}

const range = (from: number, to: number, key: (n: number) => number) =>
  to >= from && to - from + 1 <= MAX_KEYS ? Array.from({ length: to - from + 1 }, (_, i) => key(from + i)) : null;

/** The condition "within the bound", with its index keys when there are few enough. */
function withinBound(query: KeywordQuery, bound: string, edge: string): SQL {
  if (query.sort === "newest") {
    const weeks = range(publishedWeek(new Date(bound)), publishedWeek(new Date(edge)), weekKey);
    const keys = weeks ? sql` and s.filter_keys && ${intArray(weeks)}` : sql``;
    return sql`s.published_at >= ${bound}::timestamptz${keys}`;
  }
  const price = Number(bound);
  if (query.sort === "price_asc") {
    const bands = range(priceBand(Math.max(Number(edge), query.priceMinFen ?? 0)), priceBand(price), priceBandKey);
    return sql`s.price_min_fen <= ${price}${bands ? sql` and s.filter_keys && ${intArray(bands)}` : sql``}`;
  }
  const top = query.priceMaxFen != null ? Math.min(Number(edge), query.priceMaxFen) : Number(edge);
  const bands = range(priceBand(price), priceBand(top), priceBandKey);
  return sql`s.price_min_fen >= ${price}${bands ? sql` and s.filter_keys && ${intArray(bands)}` : sql``}`;
}

/** The page's listing ids in the order of the sort; with no bound (a page past the sample), every match sorted. */
export async function pageWithinBound(db: DbOrTx, where: SQL, query: KeywordQuery, bound: string | null, edge: string | null): Promise<number[]> {
  const condition = bound != null && edge != null ? sql`${where} and ${withinBound(query, bound, edge)}` : where;
  const rows = await db.execute(sql`select s.listing_id as id
    from (${rankedMatches(sql`s.listing_id, s.price_min_fen, s.sold_count, s.published_at`, condition)}) s
    order by ${orderBy(query.sort)} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`);
  return rowsOf<{ id: number }>(rows).map((r) => Number(r.id));
}
