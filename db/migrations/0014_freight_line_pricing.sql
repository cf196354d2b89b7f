CREATE TYPE "public"."shipping_pricing" AS ENUM('parcel', 'freight_kg', 'lcl', 'container');--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "pricing" "shipping_pricing" DEFAULT 'parcel' NOT NULL;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "max_volume_l" integer;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "min_charge_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "freight_ton_price_fen" integer;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "container20_price_fen" integer;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD COLUMN "container40_price_fen" integer;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD CONSTRAINT "shipping_lines_freight_prices_nonnegative" CHECK ("shipping_lines"."min_charge_fen" >= 0 and coalesce("shipping_lines"."freight_ton_price_fen", 0) >= 0 and coalesce("shipping_lines"."container20_price_fen", 0) >= 0 and coalesce("shipping_lines"."container40_price_fen", 0) >= 0);--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD CONSTRAINT "shipping_lines_lcl_priced" CHECK ("shipping_lines"."pricing" <> 'lcl' or "shipping_lines"."freight_ton_price_fen" is not null);--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD CONSTRAINT "shipping_lines_container_priced" CHECK ("shipping_lines"."pricing" <> 'container' or coalesce("shipping_lines"."container20_price_fen", "shipping_lines"."container40_price_fen") is not null);