// Rank tiers of listing_search: the best-selling 1 % of listings are tier 1, up to 2.5 % tier 2,
// then 6 %, 15 %, 40 %, and the rest (with listings added since lib/search/maintain-search-order.ts
// last ran) tier 6. Each tier has its own part of the search index (a partial GIN index per tier,
// db/schema/search.ts): a search reads them in tier order and stops at the tier where it has enough
// matches, so a broad query reads a fraction of the lists of its words. Pure.

/** Cumulative shares of listings in tiers 1, 2, ... (the last tier holds the rest). */
export const RANK_TIER_SHARES = [0.01, 0.025, 0.06, 0.15, 0.4];
/** The last tier: the column's default, and the number of partial indexes (db/schema/search.ts). */
export const RANK_TIERS = RANK_TIER_SHARES.length + 1;
