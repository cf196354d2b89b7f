CREATE TYPE "public"."listing_status" AS ENUM('draft', 'active', 'archived');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('owner', 'admin', 'member');--> statement-breakpoint
CREATE TYPE "public"."order_line_status" AS ENUM('open', 'ordered', 'received', 'qc_passed', 'qc_failed', 'stored', 'shipped', 'refunded', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."order_status" AS ENUM('pending_payment', 'paid', 'purchasing', 'at_warehouse', 'shipping', 'delivered', 'cancelled', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('factory', 'agent', 'partner', 'platform');--> statement-breakpoint
CREATE TYPE "public"."parcel_status" AS ENUM('expected', 'received', 'qc_passed', 'qc_failed', 'stored', 'returned');--> statement-breakpoint
CREATE TYPE "public"."payment_kind" AS ENUM('goods', 'shipping');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('pending', 'succeeded', 'failed', 'expired', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."purchase_order_status" AS ENUM('placed', 'accepted', 'shipped', 'received', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."qc_result" AS ENUM('passed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."shipment_status" AS ENUM('requested', 'packing', 'packed', 'shipped', 'delivered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."shipping_mode" AS ENUM('air', 'sea', 'rail', 'truck', 'express');--> statement-breakpoint
CREATE TYPE "public"."translation_origin" AS ENUM('source', 'human', 'machine');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('buyer', 'factory', 'agent', 'partner', 'admin');--> statement-breakpoint
CREATE TABLE "memberships" (
	"organisation_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"role" "member_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"slug" varchar(80) NOT NULL,
	"name" varchar(160) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_emails" (
	"id" serial PRIMARY KEY NOT NULL,
	"to" varchar(254) NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" varchar(64) PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"active_organisation_id" integer,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" varchar(254) NOT NULL,
	"name" varchar(120) NOT NULL,
	"password_hash" text,
	"role" "user_role" DEFAULT 'buyer' NOT NULL,
	"company" varchar(160),
	"country" varchar(2),
	"locale" varchar(5) DEFAULT 'en' NOT NULL,
	"currency" varchar(3) DEFAULT 'USD' NOT NULL,
	"email_verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "blobs" (
	"key" varchar(120) PRIMARY KEY NOT NULL,
	"content_type" varchar(60) NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_id" integer,
	"slug" varchar(80) NOT NULL,
	"icon" varchar(16) DEFAULT '' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "category_translations" (
	"category_id" integer NOT NULL,
	"locale" varchar(5) NOT NULL,
	"name" varchar(120) NOT NULL,
	CONSTRAINT "category_translations_category_id_locale_pk" PRIMARY KEY("category_id","locale")
);
--> statement-breakpoint
CREATE TABLE "factories" (
	"organisation_id" integer PRIMARY KEY NOT NULL,
	"name_zh" varchar(160) NOT NULL,
	"name_en" varchar(160) NOT NULL,
	"province" varchar(40) NOT NULL,
	"city" varchar(60) NOT NULL,
	"founded_year" smallint,
	"licence_number" varchar(40),
	"verified_at" timestamp with time zone,
	"response_rate_pct" smallint DEFAULT 0 NOT NULL,
	"main_category_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "factories_response_rate_range" CHECK ("factories"."response_rate_pct" between 0 and 100),
	CONSTRAINT "factories_founded_year_range" CHECK ("factories"."founded_year" is null or "factories"."founded_year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE TABLE "factory_translations" (
	"factory_id" integer NOT NULL,
	"locale" varchar(5) NOT NULL,
	"about" text NOT NULL,
	"origin" "translation_origin" NOT NULL,
	CONSTRAINT "factory_translations_factory_id_locale_pk" PRIMARY KEY("factory_id","locale")
);
--> statement-breakpoint
CREATE TABLE "listing_attributes" (
	"listing_id" integer NOT NULL,
	"key" varchar(40) NOT NULL,
	"locale" varchar(5) NOT NULL,
	"value" varchar(200) NOT NULL,
	"origin" "translation_origin" NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "listing_attributes_listing_id_key_locale_pk" PRIMARY KEY("listing_id","key","locale")
);
--> statement-breakpoint
CREATE TABLE "listing_option_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"option_id" integer NOT NULL,
	"key" varchar(60) NOT NULL,
	"label" jsonb NOT NULL,
	"swatch" varchar(9),
	"position" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listing_options" (
	"id" serial PRIMARY KEY NOT NULL,
	"listing_id" integer NOT NULL,
	"axis" varchar(40) NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listing_photos" (
	"id" serial PRIMARY KEY NOT NULL,
	"listing_id" integer NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"storage_key" varchar(120) NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"phash" bigint NOT NULL,
	"colours" varchar(64) DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listing_photos_dimensions_positive" CHECK ("listing_photos"."width" > 0 and "listing_photos"."height" > 0)
);
--> statement-breakpoint
CREATE TABLE "listing_tags" (
	"listing_id" integer NOT NULL,
	"tag" varchar(40) NOT NULL,
	CONSTRAINT "listing_tags_listing_id_tag_pk" PRIMARY KEY("listing_id","tag")
);
--> statement-breakpoint
CREATE TABLE "listing_translations" (
	"listing_id" integer NOT NULL,
	"locale" varchar(5) NOT NULL,
	"title" varchar(200) NOT NULL,
	"description" text NOT NULL,
	"origin" "translation_origin" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listing_translations_listing_id_locale_pk" PRIMARY KEY("listing_id","locale")
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" serial PRIMARY KEY NOT NULL,
	"factory_id" integer NOT NULL,
	"category_id" integer NOT NULL,
	"status" "listing_status" DEFAULT 'draft' NOT NULL,
	"source_locale" varchar(5) DEFAULT 'zh' NOT NULL,
	"unit" varchar(16) NOT NULL,
	"moq" integer DEFAULT 1 NOT NULL,
	"weight_g" integer NOT NULL,
	"length_mm" integer NOT NULL,
	"width_mm" integer NOT NULL,
	"height_mm" integer NOT NULL,
	"lead_time_days" smallint NOT NULL,
	"external_offer_id" varchar(40),
	"hs_code" varchar(12),
	"price_min_fen" integer DEFAULT 0 NOT NULL,
	"sold_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "listings_moq_positive" CHECK ("listings"."moq" > 0),
	CONSTRAINT "listings_weight_positive" CHECK ("listings"."weight_g" > 0),
	CONSTRAINT "listings_size_positive" CHECK ("listings"."length_mm" > 0 and "listings"."width_mm" > 0 and "listings"."height_mm" > 0),
	CONSTRAINT "listings_lead_time_nonnegative" CHECK ("listings"."lead_time_days" >= 0),
	CONSTRAINT "listings_price_min_nonnegative" CHECK ("listings"."price_min_fen" >= 0),
	CONSTRAINT "listings_sold_nonnegative" CHECK ("listings"."sold_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "price_tiers" (
	"listing_id" integer NOT NULL,
	"min_qty" integer NOT NULL,
	"unit_price_fen" integer NOT NULL,
	CONSTRAINT "price_tiers_listing_id_min_qty_pk" PRIMARY KEY("listing_id","min_qty"),
	CONSTRAINT "price_tiers_min_qty_positive" CHECK ("price_tiers"."min_qty" > 0),
	CONSTRAINT "price_tiers_price_positive" CHECK ("price_tiers"."unit_price_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "skus" (
	"id" serial PRIMARY KEY NOT NULL,
	"listing_id" integer NOT NULL,
	"code" varchar(60) NOT NULL,
	"option_value_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"stock" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"price_delta_fen" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "skus_stock_nonnegative" CHECK ("skus"."stock" >= 0),
	CONSTRAINT "skus_reserved_range" CHECK ("skus"."reserved" >= 0 and "skus"."reserved" <= "skus"."stock")
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"slug" varchar(40) PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"organisation_id" integer PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"service_fee_bps" integer NOT NULL,
	"min_service_fee_fen" integer DEFAULT 0 NOT NULL,
	"free_storage_days" smallint DEFAULT 90 NOT NULL,
	"storage_fee_fen_per_item_month" integer DEFAULT 500 NOT NULL,
	"extra_qc_photo_fen" integer DEFAULT 200 NOT NULL,
	"rehearsal_packing_fen" integer DEFAULT 1500 NOT NULL,
	"insurance_bps" integer DEFAULT 300 NOT NULL,
	CONSTRAINT "agents_fee_range" CHECK ("agents"."service_fee_bps" between 0 and 10000),
	CONSTRAINT "agents_min_fee_nonnegative" CHECK ("agents"."min_service_fee_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "duty_rates" (
	"hs_prefix" varchar(10) NOT NULL,
	"country" varchar(2) NOT NULL,
	"rate_bps" integer NOT NULL,
	CONSTRAINT "duty_rates_country_hs_prefix_pk" PRIMARY KEY("country","hs_prefix"),
	CONSTRAINT "duty_rates_range" CHECK ("duty_rates"."rate_bps" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"id" serial PRIMARY KEY NOT NULL,
	"currency" varchar(3) NOT NULL,
	"rate_per_cny" numeric(24, 12) NOT NULL,
	"source" varchar(80) NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exchange_rates_positive" CHECK ("exchange_rates"."rate_per_cny" > 0)
);
--> statement-breakpoint
CREATE TABLE "shipping_line_countries" (
	"line_id" integer NOT NULL,
	"country" varchar(2) NOT NULL,
	CONSTRAINT "shipping_line_countries_line_id_country_pk" PRIMARY KEY("line_id","country")
);
--> statement-breakpoint
CREATE TABLE "shipping_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"agent_id" integer NOT NULL,
	"code" varchar(40) NOT NULL,
	"name" jsonb NOT NULL,
	"mode" "shipping_mode" NOT NULL,
	"first_weight_g" integer NOT NULL,
	"first_price_fen" integer NOT NULL,
	"step_g" integer NOT NULL,
	"step_price_fen" integer NOT NULL,
	"volumetric_divisor" integer NOT NULL,
	"max_weight_g" integer NOT NULL,
	"days_min" smallint NOT NULL,
	"days_max" smallint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "shipping_lines_weights_positive" CHECK ("shipping_lines"."first_weight_g" > 0 and "shipping_lines"."step_g" > 0 and "shipping_lines"."max_weight_g" >= "shipping_lines"."first_weight_g"),
	CONSTRAINT "shipping_lines_prices_nonnegative" CHECK ("shipping_lines"."first_price_fen" >= 0 and "shipping_lines"."step_price_fen" >= 0),
	CONSTRAINT "shipping_lines_divisor_positive" CHECK ("shipping_lines"."volumetric_divisor" > 0),
	CONSTRAINT "shipping_lines_days_range" CHECK ("shipping_lines"."days_min" >= 0 and "shipping_lines"."days_max" >= "shipping_lines"."days_min")
);
--> statement-breakpoint
CREATE TABLE "warehouses" (
	"id" serial PRIMARY KEY NOT NULL,
	"agent_id" integer NOT NULL,
	"code" varchar(20) NOT NULL,
	"name" jsonb NOT NULL,
	"province" varchar(40) NOT NULL,
	"city" varchar(60) NOT NULL,
	"address" text NOT NULL,
	"postal_code" varchar(12) NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cart_items" (
	"cart_id" uuid NOT NULL,
	"sku_id" integer NOT NULL,
	"quantity" integer NOT NULL,
	"quoted_unit_price_fen" integer,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cart_items_quantity_positive" CHECK ("cart_items"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "carts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"sku_id" integer NOT NULL,
	"listing_id" integer NOT NULL,
	"factory_id" integer NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_fen" integer NOT NULL,
	"line_total_minor" integer NOT NULL,
	"status" "order_line_status" DEFAULT 'open' NOT NULL,
	"refunded_quantity" integer DEFAULT 0 NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "order_lines_quantity_positive" CHECK ("order_lines"."quantity" > 0),
	CONSTRAINT "order_lines_refund_range" CHECK ("order_lines"."refunded_quantity" between 0 and "order_lines"."quantity"),
	CONSTRAINT "order_lines_price_positive" CHECK ("order_lines"."unit_price_fen" > 0 and "order_lines"."line_total_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" varchar(20) NOT NULL,
	"buyer_id" integer NOT NULL,
	"partner_id" integer,
	"status" "order_status" DEFAULT 'pending_payment' NOT NULL,
	"currency" varchar(3) NOT NULL,
	"rate_per_cny" numeric(24, 12) NOT NULL,
	"rate_source" varchar(80) NOT NULL,
	"country" varchar(2) NOT NULL,
	"address" jsonb NOT NULL,
	"warehouse_id" integer NOT NULL,
	"shipping_line_id" integer NOT NULL,
	"goods_minor" integer NOT NULL,
	"service_fee_minor" integer NOT NULL,
	"domestic_shipping_minor" integer NOT NULL,
	"intl_estimate_minor" integer NOT NULL,
	"duty_estimate_minor" integer DEFAULT 0 NOT NULL,
	"first_payment_minor" integer NOT NULL,
	"idempotency_key" varchar(80),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	CONSTRAINT "orders_amounts_nonnegative" CHECK ("orders"."goods_minor" >= 0 and "orders"."service_fee_minor" >= 0 and "orders"."domestic_shipping_minor" >= 0 and "orders"."intl_estimate_minor" >= 0 and "orders"."first_payment_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "payment_events" (
	"id" varchar(120) PRIMARY KEY NOT NULL,
	"provider" varchar(20) NOT NULL,
	"type" varchar(80) NOT NULL,
	"payload" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"kind" "payment_kind" NOT NULL,
	"provider" varchar(20) NOT NULL,
	"provider_ref" varchar(120),
	"idempotency_key" varchar(80) NOT NULL,
	"amount_minor" integer NOT NULL,
	"currency" varchar(3) NOT NULL,
	"status" "payment_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "payments_amount_nonnegative" CHECK ("payments"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "inbound_parcels" (
	"id" serial PRIMARY KEY NOT NULL,
	"warehouse_id" integer NOT NULL,
	"purchase_order_id" integer,
	"carrier" varchar(60),
	"tracking_number" varchar(60) NOT NULL,
	"status" "parcel_status" DEFAULT 'expected' NOT NULL,
	"shelf" varchar(20),
	"received_at" timestamp with time zone,
	"stored_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "purchase_order_lines" (
	"purchase_order_id" integer NOT NULL,
	"order_line_id" integer NOT NULL,
	"quantity" integer NOT NULL,
	"rejected" boolean DEFAULT false NOT NULL,
	"reject_reason" varchar(200),
	CONSTRAINT "purchase_order_lines_purchase_order_id_order_line_id_pk" PRIMARY KEY("purchase_order_id","order_line_id"),
	CONSTRAINT "purchase_order_lines_quantity_positive" CHECK ("purchase_order_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_orders" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" varchar(20) NOT NULL,
	"agent_id" integer NOT NULL,
	"factory_id" integer NOT NULL,
	"warehouse_id" integer NOT NULL,
	"status" "purchase_order_status" DEFAULT 'placed' NOT NULL,
	"carrier" varchar(60),
	"tracking_number" varchar(60),
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	CONSTRAINT "purchase_orders_shipped_has_tracking" CHECK ("purchase_orders"."status" not in ('shipped', 'received') or "purchase_orders"."tracking_number" is not null)
);
--> statement-breakpoint
CREATE TABLE "qc_checks" (
	"id" serial PRIMARY KEY NOT NULL,
	"parcel_id" integer NOT NULL,
	"order_line_id" integer NOT NULL,
	"counted_quantity" integer NOT NULL,
	"options_match" boolean NOT NULL,
	"defects_found" boolean NOT NULL,
	"defect_tags" varchar(40)[] DEFAULT '{}'::varchar[] NOT NULL,
	"measurements" jsonb,
	"result" "qc_result" NOT NULL,
	"note" text,
	"checked_by" integer,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"buyer_decision" varchar(20),
	CONSTRAINT "qc_checks_count_nonnegative" CHECK ("qc_checks"."counted_quantity" >= 0),
	CONSTRAINT "qc_checks_decision" CHECK ("qc_checks"."buyer_decision" is null or "qc_checks"."buyer_decision" in ('return_refund', 'accept'))
);
--> statement-breakpoint
CREATE TABLE "qc_photos" (
	"id" serial PRIMARY KEY NOT NULL,
	"qc_check_id" integer NOT NULL,
	"storage_key" varchar(120) NOT NULL,
	"paid_extra" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_items" (
	"shipment_id" integer NOT NULL,
	"order_line_id" integer NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "shipment_items_shipment_id_order_line_id_pk" PRIMARY KEY("shipment_id","order_line_id"),
	CONSTRAINT "shipment_items_quantity_positive" CHECK ("shipment_items"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" varchar(20) NOT NULL,
	"buyer_id" integer NOT NULL,
	"warehouse_id" integer NOT NULL,
	"shipping_line_id" integer NOT NULL,
	"status" "shipment_status" DEFAULT 'requested' NOT NULL,
	"rehearsal" boolean DEFAULT false NOT NULL,
	"declared_value_minor" integer,
	"insured" boolean DEFAULT false NOT NULL,
	"actual_weight_g" integer,
	"length_mm" integer,
	"width_mm" integer,
	"height_mm" integer,
	"chargeable_weight_g" integer,
	"shipping_cost_fen" integer,
	"tracking_number" varchar(60),
	"label_key" varchar(120),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"packed_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "shipments_weight_positive" CHECK ("shipments"."actual_weight_g" is null or "shipments"."actual_weight_g" > 0)
);
--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer,
	"purchase_order_id" integer,
	"parcel_id" integer,
	"shipment_id" integer,
	"kind" varchar(60) NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "timeline_events_has_subject" CHECK (num_nonnulls("timeline_events"."order_id", "timeline_events"."purchase_order_id", "timeline_events"."parcel_id", "timeline_events"."shipment_id") >= 1)
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"partner_id" integer NOT NULL,
	"name" varchar(80) NOT NULL,
	"prefix" varchar(16) NOT NULL,
	"hash" varchar(64) NOT NULL,
	"scopes" varchar(40)[] DEFAULT '{}'::varchar[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"endpoint_id" integer NOT NULL,
	"event" varchar(40) NOT NULL,
	"payload" jsonb NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_status" smallint,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" serial PRIMARY KEY NOT NULL,
	"partner_id" integer NOT NULL,
	"url" text NOT NULL,
	"secret" varchar(80) NOT NULL,
	"events" varchar(40)[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_active_organisation_id_organisations_id_fk" FOREIGN KEY ("active_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_translations" ADD CONSTRAINT "category_translations_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "factories" ADD CONSTRAINT "factories_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "factory_translations" ADD CONSTRAINT "factory_translations_factory_id_factories_organisation_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_attributes" ADD CONSTRAINT "listing_attributes_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_option_values" ADD CONSTRAINT "listing_option_values_option_id_listing_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."listing_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_options" ADD CONSTRAINT "listing_options_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_photos" ADD CONSTRAINT "listing_photos_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_photos" ADD CONSTRAINT "listing_photos_storage_key_blobs_key_fk" FOREIGN KEY ("storage_key") REFERENCES "public"."blobs"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_tags" ADD CONSTRAINT "listing_tags_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_tags" ADD CONSTRAINT "listing_tags_tag_tags_slug_fk" FOREIGN KEY ("tag") REFERENCES "public"."tags"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_translations" ADD CONSTRAINT "listing_translations_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_factory_id_factories_organisation_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("organisation_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_tiers" ADD CONSTRAINT "price_tiers_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skus" ADD CONSTRAINT "skus_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipping_line_countries" ADD CONSTRAINT "shipping_line_countries_line_id_shipping_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."shipping_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipping_lines" ADD CONSTRAINT "shipping_lines_agent_id_agents_organisation_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("organisation_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouses" ADD CONSTRAINT "warehouses_agent_id_agents_organisation_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("organisation_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_cart_id_carts_id_fk" FOREIGN KEY ("cart_id") REFERENCES "public"."carts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_sku_id_skus_id_fk" FOREIGN KEY ("sku_id") REFERENCES "public"."skus"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carts" ADD CONSTRAINT "carts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_sku_id_skus_id_fk" FOREIGN KEY ("sku_id") REFERENCES "public"."skus"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_factory_id_organisations_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_shipping_line_id_shipping_lines_id_fk" FOREIGN KEY ("shipping_line_id") REFERENCES "public"."shipping_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_parcels" ADD CONSTRAINT "inbound_parcels_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_parcels" ADD CONSTRAINT "inbound_parcels_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_agent_id_organisations_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_factory_id_organisations_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qc_checks" ADD CONSTRAINT "qc_checks_parcel_id_inbound_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."inbound_parcels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qc_checks" ADD CONSTRAINT "qc_checks_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qc_checks" ADD CONSTRAINT "qc_checks_checked_by_users_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qc_photos" ADD CONSTRAINT "qc_photos_qc_check_id_qc_checks_id_fk" FOREIGN KEY ("qc_check_id") REFERENCES "public"."qc_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qc_photos" ADD CONSTRAINT "qc_photos_storage_key_blobs_key_fk" FOREIGN KEY ("storage_key") REFERENCES "public"."blobs"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_items" ADD CONSTRAINT "shipment_items_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_items" ADD CONSTRAINT "shipment_items_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_shipping_line_id_shipping_lines_id_fk" FOREIGN KEY ("shipping_line_id") REFERENCES "public"."shipping_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_label_key_blobs_key_fk" FOREIGN KEY ("label_key") REFERENCES "public"."blobs"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_parcel_id_inbound_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."inbound_parcels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_slug_key" ON "categories" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "factories_province_idx" ON "factories" USING btree ("province");--> statement-breakpoint
CREATE UNIQUE INDEX "listing_option_values_key" ON "listing_option_values" USING btree ("option_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "listing_options_axis_key" ON "listing_options" USING btree ("listing_id","axis");--> statement-breakpoint
CREATE UNIQUE INDEX "listing_photos_position_key" ON "listing_photos" USING btree ("listing_id","position");--> statement-breakpoint
CREATE INDEX "listing_photos_phash_idx" ON "listing_photos" USING btree ("phash");--> statement-breakpoint
CREATE INDEX "listing_tags_tag_idx" ON "listing_tags" USING btree ("tag","listing_id");--> statement-breakpoint
CREATE INDEX "listings_factory_idx" ON "listings" USING btree ("factory_id","status");--> statement-breakpoint
CREATE INDEX "listings_category_idx" ON "listings" USING btree ("category_id","status","sold_count");--> statement-breakpoint
CREATE INDEX "listings_status_published_idx" ON "listings" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "listings_price_idx" ON "listings" USING btree ("status","price_min_fen");--> statement-breakpoint
CREATE UNIQUE INDEX "listings_external_offer_key" ON "listings" USING btree ("external_offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "skus_code_key" ON "skus" USING btree ("listing_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_rates_currency_time_key" ON "exchange_rates" USING btree ("currency","fetched_at");--> statement-breakpoint
CREATE INDEX "shipping_line_countries_country_idx" ON "shipping_line_countries" USING btree ("country");--> statement-breakpoint
CREATE UNIQUE INDEX "shipping_lines_code_key" ON "shipping_lines" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "warehouses_code_key" ON "warehouses" USING btree ("code");--> statement-breakpoint
CREATE INDEX "warehouses_agent_idx" ON "warehouses" USING btree ("agent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cart_items_key" ON "cart_items" USING btree ("cart_id","sku_id");--> statement-breakpoint
CREATE UNIQUE INDEX "carts_user_key" ON "carts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "order_lines_order_idx" ON "order_lines" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_lines_factory_idx" ON "order_lines" USING btree ("factory_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_number_key" ON "orders" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_idempotency_key" ON "orders" USING btree ("partner_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "orders_buyer_idx" ON "orders" USING btree ("buyer_id","created_at");--> statement-breakpoint
CREATE INDEX "orders_status_idx" ON "orders" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_idempotency_key" ON "payments" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_provider_ref_key" ON "payments" USING btree ("provider","provider_ref");--> statement-breakpoint
CREATE INDEX "payments_order_idx" ON "payments" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inbound_parcels_tracking_key" ON "inbound_parcels" USING btree ("warehouse_id","tracking_number");--> statement-breakpoint
CREATE INDEX "inbound_parcels_po_idx" ON "inbound_parcels" USING btree ("purchase_order_id");--> statement-breakpoint
CREATE INDEX "inbound_parcels_status_idx" ON "inbound_parcels" USING btree ("warehouse_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_order_lines_order_line_key" ON "purchase_order_lines" USING btree ("order_line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_orders_number_key" ON "purchase_orders" USING btree ("number");--> statement-breakpoint
CREATE INDEX "purchase_orders_factory_idx" ON "purchase_orders" USING btree ("factory_id","status");--> statement-breakpoint
CREATE INDEX "purchase_orders_agent_idx" ON "purchase_orders" USING btree ("agent_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "qc_checks_line_key" ON "qc_checks" USING btree ("parcel_id","order_line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_number_key" ON "shipments" USING btree ("number");--> statement-breakpoint
CREATE INDEX "shipments_buyer_idx" ON "shipments" USING btree ("buyer_id","status");--> statement-breakpoint
CREATE INDEX "shipments_warehouse_idx" ON "shipments" USING btree ("warehouse_id","status");--> statement-breakpoint
CREATE INDEX "timeline_events_order_idx" ON "timeline_events" USING btree ("order_id","created_at");--> statement-breakpoint
CREATE INDEX "timeline_events_po_idx" ON "timeline_events" USING btree ("purchase_order_id");--> statement-breakpoint
CREATE INDEX "timeline_events_parcel_idx" ON "timeline_events" USING btree ("parcel_id");--> statement-breakpoint
CREATE INDEX "timeline_events_shipment_idx" ON "timeline_events" USING btree ("shipment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_key" ON "api_keys" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "api_keys_partner_idx" ON "api_keys" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("delivered_at","next_attempt_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_partner_idx" ON "webhook_endpoints" USING btree ("partner_id");