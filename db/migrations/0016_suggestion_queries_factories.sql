DROP INDEX "search_suggestions_product_words";--> statement-breakpoint
ALTER TABLE "search_suggestions" ADD COLUMN "factory_id" integer;