CREATE TABLE "factory_reliability" (
	"factory_id" integer PRIMARY KEY NOT NULL,
	"checked_lines" integer NOT NULL,
	"qc_failure_rate" double precision,
	"count_mismatch_rate" double precision,
	"short_shipment_rate" double precision,
	"median_days_to_ship" double precision,
	"mean_days_to_ship" double precision,
	"shipped_orders" integer NOT NULL,
	"reliable" boolean NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- The reliable flag joins the filter keys (lib/search/filter-keys.ts RELIABLE_KEY): the column is added
-- before filter_keys is recreated over it.
ALTER TABLE "listing_search" ADD COLUMN "reliable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "listing_search" drop column "filter_keys";--> statement-breakpoint
ALTER TABLE "listing_search" ADD COLUMN "filter_keys" integer[] GENERATED ALWAYS AS (category_ids || array[-1000 - search_price_band(price_min_fen), -100000 - search_week(published_at)]
          || case when verified then '{-1}'::integer[] else '{}'::integer[] end
          || case when in_stock then '{-2}'::integer[] else '{}'::integer[] end
          || case when reliable then '{-3}'::integer[] else '{}'::integer[] end) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "factory_reliability" ADD CONSTRAINT "factory_reliability_factory_id_factories_organisation_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "factory_reliability_reliable_idx" ON "factory_reliability" USING btree ("factory_id") WHERE "factory_reliability"."reliable";--> statement-breakpoint
CREATE INDEX "purchase_orders_shipped_idx" ON "purchase_orders" USING btree ("shipped_at");--> statement-breakpoint
CREATE INDEX "qc_checks_checked_idx" ON "qc_checks" USING btree ("checked_at");--> statement-breakpoint
-- Dropping filter_keys dropped the search index parts built on it: build them again, as
-- db/schema/search.ts declares them, after restoring the static-rank order (as 0019 did).
CLUSTER "listing_search" USING "listing_search_sold";--> statement-breakpoint
ANALYZE "listing_search";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t1" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 1;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t2" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 2;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t3" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 3;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t4" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 4;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t5" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 5;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listing_search_match_t6" ON "listing_search" USING gin ("doc" gin_trgm_ops,"cjk_bigrams","tags","filter_keys") WHERE "listing_search"."rank_tier" = 6;
