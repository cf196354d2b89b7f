// Facet counts (result counts per filter value) over the CTE `m`: the first FACET_SAMPLE + 1
// matches of a search. The scalar counts take one pass; categories, provinces and tags one each.
import { sql } from "drizzle-orm";
import type { Facets } from "./types";

/**
 * Facets are counted on the first this many matches in static-rank order, the window a ranked page
 * comes from (one scan serves both); broader queries say "sampled".
 */
export const FACET_SAMPLE = 960;
export const PRICE_BUCKETS_FEN = [0, 500, 1000, 2000, 5000, 10000, 50000];

/** The columns of `listing_search s` that `m` must select for facetSelect. */
export const facetColumns = sql`s.category_ids, s.province, s.verified, s.reliable, s.tags, s.in_stock, s.price_min_fen`;

const priceCounts = sql.join(
  PRICE_BUCKETS_FEN.map((from, i) => {
    const to = PRICE_BUCKETS_FEN[i + 1];
    const range = to == null ? sql`price_min_fen >= ${from}` : sql`price_min_fen >= ${from} and price_min_fen < ${to}`;
    return sql`(count(*) filter (where ${range}))::int`;
  }),
  sql`, `,
);

/** A select list over `from m`: one row with total, facets (see readFacets). */
export const facetSelect = sql`count(*)::int as total,
  (count(*) filter (where verified))::int as verified,
  (count(*) filter (where reliable))::int as reliable,
  (count(*) filter (where in_stock))::int as in_stock,
  array[${priceCounts}] as prices,
  (select json_agg(json_build_object('value', c, 'count', n) order by n desc)
     from (select unnest(category_ids) as c, count(*)::int as n from m group by 1) x) as categories,
  (select json_agg(json_build_object('value', province, 'count', n) order by n desc)
     from (select province, count(*)::int as n from m group by 1) x) as provinces,
  (select json_agg(json_build_object('value', t, 'count', n) order by n desc)
     from (select unnest(tags) as t, count(*)::int as n from m group by 1) x) as tags`;

export interface FacetRow {
  total: number;
  verified: number;
  reliable: number;
  in_stock: number;
  prices: number[] | null;
  categories: { value: number; count: number }[] | null;
  provinces: { value: string; count: number }[] | null;
  tags: { value: string; count: number }[] | null;
}

export function readFacets(row: FacetRow): { total: number; facets: Facets } {
  return {
    total: Math.min(row.total, FACET_SAMPLE),
    facets: {
      categories: row.categories ?? [],
      provinces: row.provinces ?? [],
      tags: row.tags ?? [],
      verified: row.verified,
      reliable: row.reliable,
      inStock: row.in_stock,
      prices: PRICE_BUCKETS_FEN.map((from, i) => ({ from, to: PRICE_BUCKETS_FEN[i + 1] ?? null, count: row.prices?.[i] ?? 0 })),
      sampled: row.total > FACET_SAMPLE,
    },
  };
}

export const emptyFacets: Facets = { categories: [], provinces: [], tags: [], verified: 0, reliable: 0, inStock: 0, prices: [], sampled: false };
