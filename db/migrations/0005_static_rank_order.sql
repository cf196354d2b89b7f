DROP INDEX "listing_search_sold";--> statement-breakpoint
CREATE INDEX "listing_search_sold" ON "listing_search" USING btree ("sold_count" DESC NULLS LAST);