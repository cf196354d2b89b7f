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
import { intArray, textArray } from "./sql-arrays";
import { normalize, parseQuery, type QueryTerm } from "./text";
import type { Facets, KeywordQuery, KeywordResult, SearchFilters, Suggestion } from "./types";

/** Facets are counted on at most this many matches; broader queries say "sampled". */
export const FACET_SAMPLE = 3_000;
/** Shorter words are never corrected (a typo in 3 letters is another word). */
const FUZZY_MIN_LENGTH = 4;
export const PRICE_BUCKETS_FEN = [0, 500, 1000, 2000, 5000, 10000, 50000];
/** Matches ranked by sales: the first this many in static-rank order (40 pages of 24). */
export const RANKED_WINDOW = 960;

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function termCondition(term: QueryTerm): SQL {
  const contains = sql`s.doc like ${`%${likeEscape(term.text)}%`}`;
  if (term.cjk) {
    return term.bigrams.length ? sql`(s.cjk_bigrams @> ${textArray(term.bigrams)}::varchar[] and ${contains})` : contains;
  }
  return contains;
}

function filterConditions(f: SearchFilters): SQL[] {
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

function orderBy(query: KeywordQuery): SQL {
  switch (query.sort) {
    case "price_asc":
      return sql`s.price_min_fen asc, s.sold_count desc, s.listing_id desc`;
    case "price_desc":
      return sql`s.price_min_fen desc, s.sold_count desc, s.listing_id desc`;
    case "newest":
      return sql`s.published_at desc, s.listing_id desc`;
    case "popular":
      return sql`s.sold_count desc, s.published_at desc, s.listing_id desc`;
    default:
      // Every match contains every word: sales, then freshness decide.
      return sql`s.sold_count desc, s.published_at desc, s.listing_id desc`;
  }
}

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

async function countFacets(db: DbOrTx, where: SQL): Promise<{ total: number; facets: Facets }> {
  const [row] = rowsOf<{
    total: number;
    categories: { value: number; count: number }[] | null;
    provinces: { value: string; count: number }[] | null;
    tags: { value: string; count: number }[] | null;
    verified: number;
    in_stock: number;
    prices: number[] | null;
  }>(
    await db.execute(sql`
      with m as (select s.category_ids, s.province, s.verified, s.tags, s.in_stock, s.price_min_fen
                 from listing_search s where ${where} limit ${FACET_SAMPLE + 1})
      select (select count(*)::int from m) as total,
        (select json_agg(json_build_object('value', c, 'count', n) order by n desc)
           from (select unnest(category_ids) as c, count(*)::int as n from m group by 1) x) as categories,
        (select json_agg(json_build_object('value', province, 'count', n) order by n desc)
           from (select province, count(*)::int as n from m group by 1) x) as provinces,
        (select json_agg(json_build_object('value', t, 'count', n) order by n desc)
           from (select unnest(tags) as t, count(*)::int as n from m group by 1) x) as tags,
        (select count(*)::int from m where verified) as verified,
        (select count(*)::int from m where in_stock) as in_stock,
        (select array[${sql.join(
          PRICE_BUCKETS_FEN.map((from, i) => {
            const to = PRICE_BUCKETS_FEN[i + 1];
            return to == null
              ? sql`(select count(*)::int from m where price_min_fen >= ${from})`
              : sql`(select count(*)::int from m where price_min_fen >= ${from} and price_min_fen < ${to})`;
          }),
          sql`, `,
        )}]) as prices`),
  );
  const sampled = row.total > FACET_SAMPLE;
  return {
    total: Math.min(row.total, FACET_SAMPLE),
    facets: {
      categories: row.categories ?? [],
      provinces: row.provinces ?? [],
      tags: row.tags ?? [],
      verified: row.verified,
      inStock: row.in_stock,
      prices: PRICE_BUCKETS_FEN.map((from, i) => ({ from, to: PRICE_BUCKETS_FEN[i + 1] ?? null, count: row.prices?.[i] ?? 0 })),
      sampled,
    },
  };
}

const emptyFacets: Facets = { categories: [], provinces: [], tags: [], verified: 0, inStock: 0, prices: [], sampled: false };

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

  const run = async (words: QueryTerm[]) => {
    const where = sql.join([...words.map(termCondition), ...filters], sql` and `);
    // Facets and the page of ids are independent: on a server they run on two connections at once.
    // Ranked by sales, a page comes from the first RANKED_WINDOW matches in static-rank order (the
    // table is clustered best sellers first): the best sellers among them are the best sellers of
    // all, and a broad query does not sort tens of thousands of rows. Other sorts sort every match.
    const offset = (query.page - 1) * query.pageSize;
    const byRank = query.sort === "relevance" || query.sort === "popular";
    const [{ total, facets }, rows] = await Promise.all([
      countFacets(db, where),
      byRank
        ? db.execute(sql`select s.listing_id as id from (select * from listing_search s where ${where} limit ${RANKED_WINDOW}) s
            order by ${orderBy(query)} limit ${query.pageSize} offset ${offset}`)
        : db.execute(sql`select s.listing_id as id from listing_search s where ${where}
            order by ${orderBy(query)} limit ${query.pageSize} offset ${offset}`),
    ]);
    if (total === 0) return null;
    return { ids: rowsOf<{ id: number }>(rows).map((r) => Number(r.id)), total, facets };
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
  // Categories whose name contains the text (a few hundred rows per locale, by a partial index),
  // then products whose title starts with it (a range of the (locale, norm) index).
  const rows = rowsOf<{ text: string; kind: "category" | "product"; category_slug: string | null }>(
    await db.execute(sql`
      (select text, kind, category_slug, 0 as rank, weight from search_suggestions
        where locale = ${locale} and kind = 'category' and norm like ${`%${likeEscape(text)}%`}
        order by (norm like ${`${likeEscape(text)}%`}) desc, weight desc limit 3)
      union all
      (select text, kind, category_slug, 1 as rank, weight from search_suggestions
        where locale = ${locale} and kind = 'product' and norm like ${`${likeEscape(text)}%`}
        order by weight desc limit ${limit})
      order by rank, weight desc
      limit ${limit}`),
  );
  return rows.map((r) => ({ text: r.text, kind: r.kind, categorySlug: r.category_slug }));
}
