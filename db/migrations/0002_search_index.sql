CREATE TABLE "listing_search" (
	"listing_id" integer PRIMARY KEY NOT NULL,
	"doc" text NOT NULL,
	"cjk_bigrams" varchar(8)[] NOT NULL,
	"category_ids" integer[] NOT NULL,
	"factory_id" integer NOT NULL,
	"province" varchar(40) NOT NULL,
	"verified" boolean NOT NULL,
	"price_min_fen" integer NOT NULL,
	"moq" integer NOT NULL,
	"sold_count" integer NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"in_stock" boolean NOT NULL,
	"tags" varchar(40)[] NOT NULL,
	"phash" bigint,
	"h0" integer,
	"h1" integer,
	"h2" integer,
	"h3" integer,
	"colours" varchar(64),
	"product_group" integer,
	"popularity" real DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_suggestions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_suggestions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"locale" varchar(5) NOT NULL,
	"kind" varchar(12) NOT NULL,
	"text" varchar(160) NOT NULL,
	"norm" varchar(160) NOT NULL,
	"category_slug" varchar(80),
	"weight" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "listing_search" ADD CONSTRAINT "listing_search_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listing_search_doc_trgm" ON "listing_search" USING gin ("doc" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "listing_search_cjk" ON "listing_search" USING gin ("cjk_bigrams");--> statement-breakpoint
CREATE INDEX "listing_search_categories" ON "listing_search" USING gin ("category_ids");--> statement-breakpoint
CREATE INDEX "listing_search_tags" ON "listing_search" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "listing_search_sold" ON "listing_search" USING btree ("sold_count");--> statement-breakpoint
CREATE INDEX "listing_search_price" ON "listing_search" USING btree ("price_min_fen");--> statement-breakpoint
CREATE INDEX "listing_search_published" ON "listing_search" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "listing_search_h0" ON "listing_search" USING btree ("h0");--> statement-breakpoint
CREATE INDEX "listing_search_h1" ON "listing_search" USING btree ("h1");--> statement-breakpoint
CREATE INDEX "listing_search_h2" ON "listing_search" USING btree ("h2");--> statement-breakpoint
CREATE INDEX "listing_search_h3" ON "listing_search" USING btree ("h3");--> statement-breakpoint
CREATE INDEX "listing_search_group" ON "listing_search" USING btree ("product_group");--> statement-breakpoint
CREATE INDEX "search_suggestions_prefix" ON "search_suggestions" USING btree ("locale","norm" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "search_suggestions_trgm" ON "search_suggestions" USING gin ("norm" gin_trgm_ops);