CREATE TYPE "public"."shipping_pricing" AS ENUM('parcel', 'freight_kg', 'lcl', 'container');--> statement-breakpoint
CREATE TABLE "sourcing_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" varchar(24) NOT NULL,
	"buyer_id" integer NOT NULL,
	"category_id" integer NOT NULL,
	"link" text,
	"external_offer_id" varchar(40),
	"photo_key" varchar(120),
	"quantity" integer NOT NULL,
	"target_unit_price_fen" integer,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sourcing_requests_quantity_positive" CHECK ("sourcing_requests"."quantity" > 0),
	CONSTRAINT "sourcing_requests_link_or_photo" CHECK ("sourcing_requests"."link" is not null or "sourcing_requests"."photo_key" is not null)
);
--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "pricing" "shipping_pricing" DEFAULT 'parcel' NOT NULL;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "max_volume_l" integer;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "min_charge_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "freight_ton_price_fen" integer;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "container20_price_fen" integer;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "container40_price_fen" integer;--> statement-breakpoint
ALTER TABLE "rfqs" ADD COLUMN "sourcing_request_id" integer;--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD CONSTRAINT "sourcing_requests_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD CONSTRAINT "sourcing_requests_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD CONSTRAINT "sourcing_requests_photo_key_blobs_key_fk" FOREIGN KEY ("photo_key") REFERENCES "public"."blobs"("key") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sourcing_requests_number_key" ON "sourcing_requests" USING btree ("number");--> statement-breakpoint
CREATE INDEX "sourcing_requests_buyer_idx" ON "sourcing_requests" USING btree ("buyer_id","created_at");--> statement-breakpoint
ALTER TABLE "rfqs" ADD CONSTRAINT "rfqs_sourcing_request_id_sourcing_requests_id_fk" FOREIGN KEY ("sourcing_request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rfqs_sourcing_idx" ON "rfqs" USING btree ("sourcing_request_id");--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD CONSTRAINT "shipping_lines_freight_prices_nonnegative" CHECK ("shipping_lines"."min_charge_fen" >= 0 and coalesce("shipping_lines"."freight_ton_price_fen", 0) >= 0 and coalesce("shipping_lines"."container20_price_fen", 0) >= 0 and coalesce("shipping_lines"."container40_price_fen", 0) >= 0);--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD CONSTRAINT "shipping_lines_lcl_priced" CHECK ("shipping_lines"."pricing" <> 'lcl' or "shipping_lines"."freight_ton_price_fen" is not null);--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD CONSTRAINT "shipping_lines_container_priced" CHECK ("shipping_lines"."pricing" <> 'container' or coalesce("shipping_lines"."container20_price_fen", "shipping_lines"."container40_price_fen") is not null);