ALTER TABLE "listing_search" drop column "filter_keys";--> statement-breakpoint
ALTER TABLE "listing_search" ADD COLUMN "filter_keys" integer[] GENERATED ALWAYS AS (category_ids || array[-1000 - search_price_band(price_min_fen), -100000 - search_week(published_at)]
          || case when verified then '{-1}'::integer[] else '{}'::integer[] end
          || case when in_stock then '{-2}'::integer[] else '{}'::integer[] end) STORED NOT NULL;