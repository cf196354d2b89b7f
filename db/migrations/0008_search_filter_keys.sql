DROP INDEX "listing_search_doc_trgm";--> statement-breakpoint
DROP INDEX "listing_search_cjk";--> statement-breakpoint
DROP INDEX "listing_search_categories";--> statement-breakpoint
DROP INDEX "listing_search_tags";--> statement-breakpoint
ALTER TABLE "listing_search" ADD COLUMN "filter_keys" integer[] GENERATED ALWAYS AS (category_ids || array[-1000 - search_price_band(price_min_fen)]
          || case when verified then '{-1}'::integer[] else '{}'::integer[] end
          || case when in_stock then '{-2}'::integer[] else '{}'::integer[] end) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "listing_search_match" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys");--> statement-breakpoint
-- Adding the column rewrote the table, and a rewrite may start reading mid-table (synchronised
-- scans): restore the static-rank order the search relies on (lib/search/maintain-search-order.ts).
CLUSTER "listing_search" USING "listing_search_sold";
