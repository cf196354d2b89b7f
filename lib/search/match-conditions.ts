// SQL fragments over `listing_search s`: what a query's words and filters require, and its order.
import { sql, type SQL } from "drizzle-orm";
import { intArray, textArray } from "./sql-arrays";
import type { QueryTerm } from "./text";
import type { KeywordQuery, SearchFilters } from "./types";

export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function termCondition(term: QueryTerm): SQL {
  const contains = sql`s.doc like ${`%${likeEscape(term.text)}%`}`;
  if (term.cjk) {
    return term.bigrams.length ? sql`(s.cjk_bigrams @> ${textArray(term.bigrams)}::varchar[] and ${contains})` : contains;
  }
  return contains;
}

export function filterConditions(f: SearchFilters): SQL[] {
  const out: SQL[] = [];
  if (f.categoryId) out.push(sql`s.category_ids @> ${intArray([f.categoryId])}`);
  if (f.priceMinFen != null) out.push(sql`s.price_min_fen >= ${f.priceMinFen}`);
  if (f.priceMaxFen != null) out.push(sql`s.price_min_fen <= ${f.priceMaxFen}`);
  if (f.maxMoq != null) out.push(sql`s.moq <= ${f.maxMoq}`);
  if (f.province) out.push(sql`s.province = ${f.province}`);
  if (f.verifiedOnly) out.push(sql`s.verified`);
  if (f.tags?.length) out.push(sql`s.tags @> ${textArray(f.tags)}::varchar[]`);
  if (f.inStockOnly) out.push(sql`s.in_stock`);
  return out;
}

/** Sales then freshness for relevance (every match contains every word) and "popular". */
export const isRankedSort = (sort: KeywordQuery["sort"]) => sort === "relevance" || sort === "popular";

export function orderBy(sort: KeywordQuery["sort"]): SQL {
  switch (sort) {
    case "price_asc":
      return sql`s.price_min_fen asc, s.sold_count desc, s.listing_id desc`;
    case "price_desc":
      return sql`s.price_min_fen desc, s.sold_count desc, s.listing_id desc`;
    case "newest":
      return sql`s.published_at desc, s.listing_id desc`;
    default:
      return sql`s.sold_count desc, s.published_at desc, s.listing_id desc`;
  }
}
