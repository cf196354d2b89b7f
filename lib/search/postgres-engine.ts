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
import { segmentChinese } from "./segment";
import { boundColumns, pageWithinBound } from "./bounded-sort-page";
import { normalize, parseQuery, type QueryTerm } from "./text";
import type { Facets, KeywordQuery, KeywordResult, Suggestion } from "./types";

export { FACET_SAMPLE, PRICE_BUCKETS_FEN } from "./facets";
/** Shorter words are never corrected (a typo in 3 letters is another word). */
const FUZZY_MIN_LENGTH = 4;
/** How many vocabulary words may stand in for one mistyped word. */
const CORRECTIONS = 5;
/** Matches ranked by sales: the first this many in static-rank order (40 pages of 24). */
export const RANKED_WINDOW = FACET_SAMPLE;

/**
 * Each Latin/Cyrillic word of 4+ letters that is not in the vocabulary is replaced by the few most
 * similar words that are (trigram similarity over `search_words`, a table of distinct words), any
 * of which may match: "blok" is "block", "blocs" or "blocks", whichever goes with "yoga".
 */
async function correctTerms(db: DbOrTx, terms: QueryTerm[]): Promise<QueryTerm[]> {
  return Promise.all(
    terms.map(async (term) => {
      if (term.cjk || [...term.text].length < FUZZY_MIN_LENGTH) return term;
      const rows = rowsOf<{ word: string }>(
        await db.execute(sql`select word from search_words where word % ${term.text}
          order by (word = ${term.text}) desc, similarity(word, ${term.text}) desc, doc_count desc limit ${CORRECTIONS}`),
      );
      if (!rows.length || rows[0].word === term.text) return term;
      const [best, ...others] = rows.map((r) => r.word);
      return { ...term, text: best, alternatives: others };
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
  const [row] = rowsOf<SampleRow>(await inRankOrder(db, sampleStatement(where, query, RANKED_WINDOW)));
  if (row.total === 0) return null;
  return { ids: (row.ids ?? []).map(Number), ...readFacets(row) };
}

type SampleRow = FacetRow & { ids: number[] | null };

/**
 * One statement over `m`, the first FACET_SAMPLE + 1 matches in static-rank order: the facet counts,
 * the page in the query's order taken from the first `window` of them, and `extra` columns.
 */
function sampleStatement(where: SQL, query: KeywordQuery, window: number, extra?: SQL): SQL {
  const order = orderBy(query.sort);
  return sql`
    with m as materialized (select * from (${rankedMatches(sql`s.listing_id, s.sold_count, s.published_at, ${facetColumns}`, where)}) s
                            limit ${FACET_SAMPLE + 1})
    select ${facetSelect},
      (select json_agg(s.listing_id order by ${order})
         from (select * from (select * from m limit ${window}) s
               order by ${order} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}) s) as ids
      ${extra ? sql`, ${extra}` : sql``}
    from m`;
}

/**
 * Other sorts: by price or date. The facet statement reads the first FACET_SAMPLE + 1 matches in
 * rank order; when there are no more than FACET_SAMPLE, those are all the matches, and the same
 * statement sorts them for the page. For a broader query it also finds, in that sample, the price
 * (date) the page cannot go past, and the page is read within it (bounded-sort-page.ts).
 */
async function sortedPage(db: DbOrTx, where: SQL, query: KeywordQuery): Promise<Found | null> {
  const extra = boundColumns(query.sort, query.page * query.pageSize);
  const [row] = rowsOf<SampleRow & { bound: string | null; edge: string | null }>(
    await inRankOrder(db, sampleStatement(where, query, FACET_SAMPLE + 1, extra)),
  );
  if (row.total === 0) return null;
  const ids = row.total > FACET_SAMPLE ? await pageWithinBound(db, where, query, row.bound, row.edge) : (row.ids ?? []).map(Number);
  return { ids, ...readFacets(row) };
}

/**
 * Words under three letters ("ml", "5") cannot use the trigram index: when the query has longer
 * words, those carry the search; a query of short words only ("15 ml") is searched as a phrase.
 */
export function searchableTerms(q: string): QueryTerm[] {
  const terms = parseQuery(q, 6, segmentChinese);
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

/**
 * At most this many index entries are read per kind: a one-letter prefix matches a word of most
 * names, and ranking all of them by weight would read tens of thousands of rows per keystroke.
 * From two or three letters the matches are far fewer, and all of them are ranked.
 */
export const SUGGEST_SCAN = 2000;

export async function suggest(db: DbOrTx, locale: Locale, prefix: string, limit = 8): Promise<Suggestion[]> {
  const text = normalize(prefix).slice(0, 60);
  if (!text) return [];
  const starts = `${likeEscape(text)}%`;
  // Categories whose name contains the text (a few hundred rows per locale, by a partial index);
  // queries and factories with a word starting with it (each stored once per word, see
  // refreshSuggestions: a prefix range of the (locale, norm) index), whole-name matches first.
  const rows = rowsOf<{ text: string; kind: Suggestion["kind"]; category_slug: string | null; factory_id: number | null }>(
    await db.execute(sql`
      (select text, kind, category_slug, null::int as factory_id, 0 as rank, norm like ${starts} as starts, weight from search_suggestions
        where locale = ${locale} and kind = 'category' and norm like ${`%${likeEscape(text)}%`}
        order by starts desc, weight desc limit 2)
      union all
      (select text, 'query', null, null, 1, bool_or(norm = lower(text)), max(weight)
        from (select text, norm, weight from search_suggestions where locale = ${locale} and kind = 'query' and norm like ${starts}
              limit ${SUGGEST_SCAN}) q
        group by text order by 6 desc, 7 desc limit ${limit})
      union all
      (select ${locale === "zh" ? sql`f.name_zh` : sql`f.name_en`}, 'factory', null, f.organisation_id, 2, x.starts, x.weight
        from (select factory_id, bool_or(norm = lower(text)) as starts, max(weight) as weight
              from (select factory_id, text, norm, weight from search_suggestions
                    where locale = '' and kind = 'factory' and norm like ${starts} and ${[...text].length >= 2} limit ${SUGGEST_SCAN}) m
              group by factory_id order by 2 desc, 3 desc limit 2) x
        join factories f on f.organisation_id = x.factory_id)
      order by rank, starts desc, weight desc`),
  );
  // At most `limit`, keeping room for up to two factories after the categories and queries.
  const factories = rows.filter((r) => r.kind === "factory");
  const others = rows.filter((r) => r.kind !== "factory").slice(0, limit - factories.length);
  return [...others, ...factories].map((r) => ({ text: r.text, kind: r.kind, categorySlug: r.category_slug, factoryId: r.factory_id }));
}
