// The search interface. lib/search/postgres-engine.ts implements it on PostgreSQL (and PGlite);
// another engine (OpenSearch, Meilisearch) could implement the same functions later.
import type { Locale } from "@/i18n/locales";
import type { Sort as CategorySort } from "@/lib/catalog/category-view";
import type { ListingCard } from "@/lib/catalog/listing-cards";

export type SearchSort = "relevance" | CategorySort;

export interface SearchFilters {
  categoryId?: number;
  /** In CNY fen (the page converts the buyer's currency). */
  priceMinFen?: number;
  priceMaxFen?: number;
  maxMoq?: number;
  province?: string;
  verifiedOnly?: boolean;
  /** Only listings of factories that are "reliable" over the last 90 days. */
  reliableOnly?: boolean;
  tags?: string[];
  inStockOnly?: boolean;
}

export interface KeywordQuery extends SearchFilters {
  q: string;
  locale: Locale;
  sort: SearchSort;
  page: number;
  pageSize: number;
}

export interface FacetValue<T = string> {
  value: T;
  count: number;
}

export interface Facets {
  categories: FacetValue<number>[];
  provinces: FacetValue[];
  tags: FacetValue[];
  verified: number;
  /** Matches whose factory is reliable. */
  reliable: number;
  inStock: number;
  /** Price buckets in fen: [from, to) with counts. */
  prices: { from: number; to: number | null; count: number }[];
  /** True when the facets were counted on the first N matches only (very broad queries). */
  sampled: boolean;
}

export interface KeywordResult {
  items: ListingCard[];
  total: number;
  facets: Facets;
  /** Which matching was used: exact substrings, or typo-tolerant when exact found nothing. */
  mode: "exact" | "fuzzy" | "none";
}

export interface Suggestion {
  text: string;
  /** A category page, a search for a product's name (near-identical titles grouped), or a factory's page. */
  kind: "category" | "query" | "factory";
  categorySlug: string | null;
  factoryId: number | null;
}
