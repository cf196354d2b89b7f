DROP INDEX "listing_search_doc_trgm";--> statement-breakpoint
DROP INDEX "listing_search_cjk";--> statement-breakpoint
DROP INDEX "listing_search_categories";--> statement-breakpoint
DROP INDEX "listing_search_tags";--> statement-breakpoint
ALTER TABLE "listing_search" ADD COLUMN "rank_tier" smallint DEFAULT 6 NOT NULL;--> statement-breakpoint
-- Rank tiers of the rows already there, as lib/search/maintain-search-order.ts sets them.
UPDATE "listing_search" s SET "rank_tier" = r.tier
FROM (SELECT listing_id, CASE WHEN rn <= n * 0.01 THEN 1 WHEN rn <= n * 0.025 THEN 2 WHEN rn <= n * 0.06 THEN 3
                              WHEN rn <= n * 0.15 THEN 4 WHEN rn <= n * 0.4 THEN 5 ELSE 6 END AS tier
      FROM (SELECT listing_id, row_number() OVER (ORDER BY sold_count DESC, listing_id DESC) AS rn, count(*) OVER () AS n
            FROM "listing_search") x) r
WHERE r.listing_id = s.listing_id AND s.rank_tier <> r.tier;--> statement-breakpoint
ALTER TABLE "listing_search" ADD COLUMN "filter_keys" integer[] GENERATED ALWAYS AS (category_ids || array[-1000 - search_price_band(price_min_fen)]
          || case when verified then '{-1}'::integer[] else '{}'::integer[] end
          || case when in_stock then '{-2}'::integer[] else '{}'::integer[] end) STORED NOT NULL;--> statement-breakpoint
-- Adding the column rewrote the table, and a rewrite may start reading mid-table (synchronised
-- scans): restore the static-rank order (lib/search/maintain-search-order.ts) before indexing.
CLUSTER "listing_search" USING "listing_search_sold";--> statement-breakpoint
-- A search plans one LIKE per word and rank tier; estimating each from the statistics of 1 KB
-- documents took longer (~0.4 ms) than running the tier's index scan: keep almost none.
ALTER TABLE "listing_search" ALTER COLUMN "doc" SET STATISTICS 1;--> statement-breakpoint
ANALYZE "listing_search";--> statement-breakpoint
CREATE INDEX "listing_search_match_t1" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 1;--> statement-breakpoint
CREATE INDEX "listing_search_match_t2" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 2;--> statement-breakpoint
CREATE INDEX "listing_search_match_t3" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 3;--> statement-breakpoint
CREATE INDEX "listing_search_match_t4" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 4;--> statement-breakpoint
CREATE INDEX "listing_search_match_t5" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 5;--> statement-breakpoint
CREATE INDEX "listing_search_match_t6" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 6;