// The search index: one row per active listing, everything a search filters, sorts or facets on,
// so that a query never joins. Rebuilt for a listing by lib/search/refresh-search-index.ts whenever
// the listing, its translations, tags, SKUs, photos or factory change. Another engine (OpenSearch)
// can take this role later behind the same lib/search interface.
import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, pgTable, smallint, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { listings } from "./catalog";

export const listingSearch = pgTable(
  "listing_search",
  {
    listingId: integer("listing_id").primaryKey().references(() => listings.id, { onDelete: "cascade" }),
    /** Lower-cased titles in every locale, category names, material: what keywords match. */
    doc: text("doc").notNull(),
    /** Every two-character run of Chinese/Japanese/Korean script in `doc`: trigrams cannot match 2-character CJK words. */
    cjkBigrams: varchar("cjk_bigrams", { length: 8 }).array().notNull(),
    categoryIds: integer("category_ids").array().notNull(),
    factoryId: integer("factory_id").notNull(),
    province: varchar("province", { length: 40 }).notNull(),
    verified: boolean("verified").notNull(),
    /** The factory is "reliable" (factory_reliability, kept by lib/warehouse/refresh-factory-reliability.ts). */
    reliable: boolean("reliable").notNull().default(false),
    priceMinFen: integer("price_min_fen").notNull(),
    moq: integer("moq").notNull(),
    soldCount: integer("sold_count").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    inStock: boolean("in_stock").notNull(),
    tags: varchar("tags", { length: 40 }).array().notNull(),
    /** Cover photo's 64-bit dHash (signed) and its four 16-bit slices for multi-index hashing. */
    phash: bigint("phash", { mode: "bigint" }),
    h0: integer("h0"),
    h1: integer("h1"),
    h2: integer("h2"),
    h3: integer("h3"),
    colours: varchar("colours", { length: 64 }),
    /** Listings whose covers are near-duplicates share a group: the same product. */
    productGroup: integer("product_group"),
    /** 1 for the best sellers .. 6 for the rest, set by maintainSearchOrder (lib/search/rank-tiers.ts). */
    rankTier: smallint("rank_tier").notNull().default(6),
    /** Categories, flags, price band and publication week as integer keys for the search index (lib/search/filter-keys.ts). */
    filterKeys: integer("filter_keys")
      .array()
      .notNull()
      .generatedAlwaysAs(
        sql`category_ids || array[-1000 - search_price_band(price_min_fen), -100000 - search_week(published_at)]
          || case when verified then '{-1}'::integer[] else '{}'::integer[] end
          || case when in_stock then '{-2}'::integer[] else '{}'::integer[] end
          || case when reliable then '{-3}'::integer[] else '{}'::integer[] end`,
      ),
  },
  (t) => [
    // The search index, one part per rank tier (lib/search/rank-tiers.ts; tiers 1..6). In each, a
    // search's trigrams, bigrams, tags and filter keys are intersected inside one index scan, which
    // skips through long lists (a top category, a price band) instead of building a bitmap of each.
    ...[1, 2, 3, 4, 5, 6].map((tier) =>
      index(`listing_search_match_t${tier}`)
        .using("gin", t.doc.op("gin_trgm_ops"), t.cjkBigrams, t.tags, t.filterKeys)
        .where(sql`${t.rankTier} = ${sql.raw(String(tier))}`),
    ),
    // Descending: the table is kept clustered on it (static-rank order, see lib/search/maintain-search-order.ts).
    index("listing_search_sold").on(t.soldCount.desc()),
    index("listing_search_price").on(t.priceMinFen),
    index("listing_search_published").on(t.publishedAt),
    index("listing_search_h0").on(t.h0),
    index("listing_search_h1").on(t.h1),
    index("listing_search_h2").on(t.h2),
    index("listing_search_h3").on(t.h3),
    index("listing_search_group").on(t.productGroup),
  ],
);

/**
 * Completions offered as the buyer types: category names and queries (product titles grouped by
 * their name, without the sellers' trimmings) per locale, and factory names (locale "", any).
 * A query or factory row is stored once per word it may be found by (`norm` from that word on).
 */
export const searchSuggestions = pgTable(
  "search_suggestions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    locale: varchar("locale", { length: 5 }).notNull(),
    kind: varchar("kind", { length: 12 }).notNull(), // "category" | "product" | "query" | "factory"
    text: varchar("text", { length: 160 }).notNull(),
    /** Lower-cased text, matched by prefix and by word. */
    norm: varchar("norm", { length: 160 }).notNull(),
    categorySlug: varchar("category_slug", { length: 80 }),
    factoryId: integer("factory_id"),
    weight: integer("weight").notNull().default(0),
  },
  (t) => [
    index("search_suggestions_prefix").on(t.locale, sql`${t.norm} text_pattern_ops`),
    index("search_suggestions_categories").on(t.locale).where(sql`${t.kind} = 'category'`),
  ],
);

/** Every word of the search documents, for correcting typos in a query ("silcone" -> "silicone"). */
export const searchWords = pgTable(
  "search_words",
  {
    word: varchar("word", { length: 60 }).primaryKey(),
    docCount: integer("doc_count").notNull(),
  },
  (t) => [index("search_words_trgm").using("gin", t.word.op("gin_trgm_ops"))],
);
