// SQL fragments over `listing_search s`: what a query's words and filters require, and its order.
import { sql, type SQL } from "drizzle-orm";
import { IN_STOCK_KEY, priceBandKeys, RELIABLE_KEY, VERIFIED_KEY } from "./filter-keys";
import { RANK_TIERS } from "./rank-tiers";
import { intArray, textArray } from "./sql-arrays";
import { arabicWordStart, isArabicWord, type QueryTerm } from "./text";
import type { KeywordQuery, SearchFilters } from "./types";

export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function termCondition(term: QueryTerm): SQL {
  if (term.alternatives?.length) {
    // A corrected word: any of the closest words (each a trigram-indexed substring test).
    const words = [term.text, ...term.alternatives.filter((w) => w !== term.text)];
    return sql`(${sql.join(words.map((text) => termCondition({ text, cjk: false, bigrams: [] })), sql` or `)})`;
  }
  if (term.cjk && term.bigrams.length) {
    // The bigrams find the rows; strpos (the same test as LIKE '%text%') only checks them. As a
    // LIKE it would also be an index condition, and a 2-character pattern has no trigram: the
    // index would then be read whole.
    return sql`(s.cjk_bigrams @> ${textArray(term.bigrams)}::varchar[] and strpos(s.doc, ${term.text}) > 0)`;
  }
  const contains = sql`s.doc like ${`%${likeEscape(term.text)}%`}`;
  // The trigram index finds the rows containing the word; the expression keeps those where it starts a word.
  return isArabicWord(term.text) ? sql`(${contains} and s.doc ~ ${arabicWordStart(term.text)})` : contains;
}

/**
 * Category, verified, reliable, in stock and the price band are filter keys, tested in the index scan with
 * the words; the exact price, MOQ and province are tested on the rows it returns.
 */
export function filterConditions(f: SearchFilters): SQL[] {
  const out: SQL[] = [];
  const keys = [
    ...(f.categoryId ? [f.categoryId] : []),
    ...(f.verifiedOnly ? [VERIFIED_KEY] : []),
    ...(f.reliableOnly ? [RELIABLE_KEY] : []),
    ...(f.inStockOnly ? [IN_STOCK_KEY] : []),
  ];
  if (keys.length) out.push(sql`s.filter_keys @> ${intArray(keys)}`);
  const bands = priceBandKeys(f.priceMinFen, f.priceMaxFen);
  if (bands) out.push(sql`s.filter_keys && ${intArray(bands)}`);
  if (f.priceMinFen != null) out.push(sql`s.price_min_fen >= ${f.priceMinFen}`);
  if (f.priceMaxFen != null) out.push(sql`s.price_min_fen <= ${f.priceMaxFen}`);
  if (f.maxMoq != null) out.push(sql`s.moq <= ${f.maxMoq}`);
  if (f.province) out.push(sql`s.province = ${f.province}`);
  if (f.tags?.length) out.push(sql`s.tags @> ${textArray(f.tags)}::varchar[]`);
  return out;
}

/**
 * The rows matching `where` in static-rank order: tier by tier (best sellers first), each tier in
 * physical order, which maintainSearchOrder keeps by sales. The tiers are branches of a UNION ALL,
 * each read through its own part of the index (the tier is a literal, so the planner can prove the
 * partial index applies): under a LIMIT, the tiers after the one that fills it are never read.
 */
export function rankedMatches(columns: SQL, where: SQL): SQL {
  const tiers = Array.from(
    { length: RANK_TIERS },
    (_, i) => sql`(select ${columns} from listing_search s where ${where} and s.rank_tier = ${sql.raw(String(i + 1))})`,
  );
  return sql.join(tiers, sql` union all `);
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
