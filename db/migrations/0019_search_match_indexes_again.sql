-- Dropping filter_keys (0014, to add the publication week) dropped the search index parts built on
-- it: build them again, as db/schema/search.ts declares them. The column's re-addition rewrote the
-- table, and a rewrite may start reading mid-table (synchronised scans): restore the static-rank
-- order first (lib/search/maintain-search-order.ts), as 0011 did.
CLUSTER "listing_search" USING "listing_search_sold";--> statement-breakpoint
ANALYZE "listing_search";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t1" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 1;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t2" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 2;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t3" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 3;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t4" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 4;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t5" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 5;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t6" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 6;
