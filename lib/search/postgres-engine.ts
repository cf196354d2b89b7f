import "server-only";
// Keyword search, facets and suggestions on PostgreSQL (the same SQL on PGlite), reading only
// `listing_search` and `search_suggestions`.
//
// Matching: every query word must occur in the listing's text in some locale. Latin, Cyrillic and
// Arabic words match as substrings through the trigram index (so partial words work); when no
// listing has them all, mistyped words are corrected against the vocabulary (`search_words`) and
// the search runs again (so "silcone" finds "silicone"). Chinese, Japanese and Korean words have no
// spaces to split on: they match through the index of their two-character runs, then as substrings.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/client";
import type { Locale } from "@/i18n/locales";
import { listListingCards } from "@/lib/catalog/listing-cards";
import { emptyFacets, FACET_SAMPLE, facetColumns, facetSelect, readFacets, type FacetRow } from "./facets";
import { filterConditions, isRankedSort, likeEscape, orderBy, rankedMatches, termCondition } from "./match-conditions";
import { isWalkedSort, pageBySortWalk } from "./sort-walk";
import { normalize, parseQuery, type QueryTerm } from "./text";
import type { Facets, KeywordQuery, KeywordResult, Suggestion } from "./types";

export { FACET_SAMPLE, PRICE_BUCKETS_FEN } from "./facets";
/** Shorter words are never corrected (a typo in 3 letters is another word). */
const FUZZY_MIN_LENGTH = 4;
/** Matches ranked by sales: the first this many in static-rank order (40 pages of 24). */
export const RANKED_WINDOW = FACET_SAMPLE;

/**
 * Each Latin/Cyrillic word of 4+ letters that is not in the vocabulary is replaced by the most
 * similar word that is (trigram similarity over `search_words`, a table of distinct words).
 */
async function correctTerms(db: DbOrTx, terms: QueryTerm[]): Promise<QueryTerm[]> {
  return Promise.all(
    terms.map(async (term) => {
      if (term.cjk || [...term.text].length < FUZZY_MIN_LENGTH) return term;
      const [best] = rowsOf<{ word: string }>(
        await db.execute(sql`select word from search_words where word % ${term.text}
          order by (word = ${term.text}) desc, similarity(word, ${term.text}) desc, doc_count desc limit 1`),
      );
      return best && best.word !== term.text ? { ...term, text: best.word } : term;
    }),
  );
}

/**
 * Runs a statement whose rows must come out in static-rank order (see rankedMatches) without a
 * parallel plan: workers would read the tiers, and the pages of each, at the same time.
 */
function inRankOrder(db: DbOrTx, statement: SQL) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return tx.execute(statement);
  });
}

interface Found {
  ids: number[];
  total: number;
  facets: Facets;
}

/**
 * Ranked by sales, a page comes from the first RANKED_WINDOW matches in static-rank order (best
 * sellers first, see rankedMatches): the best sellers among them are the best sellers of all, and a
 * broad query does not sort tens of thousands of rows. The facets are counted on the same matches.
 */
async function rankedPage(db: DbOrTx, where: SQL, query: KeywordQuery): Promise<Found | null> {
  const order = orderBy(query.sort);
  const [row] = rowsOf<FacetRow & { ids: number[] | null }>(
    await inRankOrder(db, sql`
      with m as materialized (select * from (${rankedMatches(sql`s.listing_id, s.sold_count, s.published_at, ${facetColumns}`, where)}) s
                              limit ${FACET_SAMPLE + 1})
      select ${facetSelect},
        (select json_agg(s.listing_id order by ${order})
           from (select * from (select * from m limit ${RANKED_WINDOW}) s
                 order by ${order} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}) s) as ids
      from m`),
  );
  if (row.total === 0) return null;
  return { ids: (row.ids ?? []).map(Number), ...readFacets(row) };
}

/**
 * Other sorts: by price or date, the page comes from the matches of the cheapest (dearest, newest)
 * price bands or weeks, read in that order until the page is full (sort-walk.ts). Facets and the
 * page are independent: two connections at once.
 */
async function sortedPage(db: DbOrTx, where: SQL, query: KeywordQuery): Promise<Found | null> {
  const [facets, ids] = await Promise.all([
    inRankOrder(db, sql`
      with m as (select * from (${rankedMatches(facetColumns, where)}) s limit ${FACET_SAMPLE + 1})
      select ${facetSelect} from m`),
    isWalkedSort(query.sort)
      ? pageBySortWalk(db, where, query)
      : db
          .execute(sql`select s.listing_id as id from (${rankedMatches(sql`s.listing_id, s.price_min_fen, s.sold_count, s.published_at`, where)}) s
            order by ${orderBy(query.sort)} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`)
          .then((result) => rowsOf<{ id: number }>(result).map((r) => Number(r.id))),
  ]);
  const [row] = rowsOf<FacetRow>(facets);
  if (row.total === 0) return null;
  return { ids, ...readFacets(row) };
}

/**
 * Words under three letters ("ml", "5") cannot use the trigram index: when the query has longer
 * words, those carry the search; a query of short words only ("15 ml") is searched as a phrase.
 */
export function searchableTerms(q: string): QueryTerm[] {
  const terms = parseQuery(q);
  const long = terms.filter((t) => t.cjk || [...t.text].length >= 3);
  if (long.length) return long;
  const phrase = normalize(q);
  return [...phrase].length >= 3 ? [{ text: phrase, cjk: false, bigrams: [] }] : terms;
}

export async function searchKeyword(db: DbOrTx, query: KeywordQuery): Promise<KeywordResult> {
  const terms = searchableTerms(query.q);
  if (terms.length === 0) return { items: [], total: 0, facets: emptyFacets, mode: "none" };
  const filters = filterConditions(query);

  const run = (words: QueryTerm[]) => {
    const where = sql.join([...words.map(termCondition), ...filters], sql` and `);
    return isRankedSort(query.sort) ? rankedPage(db, where, query) : sortedPage(db, where, query);
  };

  let mode: KeywordResult["mode"] = "exact";
  let found = await run(terms);
  if (!found) {
    // Nothing has every word: correct the words that look mistyped against the vocabulary.
    const corrected = await correctTerms(db, terms);
    if (corrected.some((t, i) => t.text !== terms[i].text)) {
      mode = "fuzzy";
      found = await run(corrected);
    }
  }
  if (!found) return { items: [], total: 0, facets: emptyFacets, mode: "none" };
  return { items: await cardsInOrder(db, query.locale, found.ids), total: found.total, facets: found.facets, mode };
}

/** Listing cards for ids, in the order given. */
export async function cardsInOrder(db: DbOrTx, locale: Locale, ids: number[]) {
  if (ids.length === 0) return [];
  const { items } = await listListingCards(db, locale, { ids }, { limit: ids.length });
  const byId = new Map(items.map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id)).filter((c) => c != null);
}

export async function suggest(db: DbOrTx, locale: Locale, prefix: string, limit = 8): Promise<Suggestion[]> {
  const text = normalize(prefix).slice(0, 60);
  if (!text) return [];
  const starts = `${likeEscape(text)}%`;
  // Products whose title starts with the text (a range of the (locale, norm) index) or, from three
  // characters (a trigram for the partial GIN index), has a word starting with it: "mug" finds
  // "Ceramic coffee mug". Chinese and Japanese titles have no spaces: there, the text anywhere.
  const inside = [...text].length < 3 ? null : parseQuery(text)[0]?.cjk ? `%${likeEscape(text)}%` : `% ${likeEscape(text)}%`;
  // Categories whose name contains the text (a few hundred rows per locale, by a partial index).
  const rows = rowsOf<{ text: string; kind: "category" | "product"; category_slug: string | null }>(
    await db.execute(sql`
      (select text, kind, category_slug, 0 as rank, norm like ${starts} as starts, weight from search_suggestions
        where locale = ${locale} and kind = 'category' and norm like ${`%${likeEscape(text)}%`}
        order by starts desc, weight desc limit 3)
      union all
      (select text, kind, category_slug, 1 as rank, norm like ${starts} as starts, weight from search_suggestions
        where locale = ${locale} and kind = 'product' and (norm like ${starts}${inside ? sql` or norm like ${inside}` : sql``})
        order by starts desc, weight desc limit ${limit})
      order by rank, starts desc, weight desc
      limit ${limit}`),
  );
  return rows.map((r) => ({ text: r.text, kind: r.kind, categorySlug: r.category_slug }));
}
