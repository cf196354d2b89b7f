CREATE TABLE "partner_balances" (
	"partner_id" integer NOT NULL,
	"mode" varchar(4) NOT NULL,
	"currency" varchar(3) NOT NULL,
	"balance_minor" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_balances_nonnegative" CHECK ("partner_balances"."balance_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "partner_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"partner_id" integer NOT NULL,
	"type" varchar(40) NOT NULL,
	"mode" varchar(4) DEFAULT 'live' NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_ledger" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"partner_id" integer NOT NULL,
	"mode" varchar(4) NOT NULL,
	"currency" varchar(3) NOT NULL,
	"kind" varchar(12) NOT NULL,
	"amount_minor" integer NOT NULL,
	"balance_after_minor" integer NOT NULL,
	"order_id" integer,
	"topup_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_ledger_balance_nonnegative" CHECK ("partner_ledger"."balance_after_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "partner_topups" (
	"id" serial PRIMARY KEY NOT NULL,
	"partner_id" integer NOT NULL,
	"mode" varchar(4) NOT NULL,
	"currency" varchar(3) NOT NULL,
	"amount_minor" integer NOT NULL,
	"provider" varchar(20) NOT NULL,
	"provider_ref" varchar(120),
	"checkout_url" text,
	"status" varchar(12) DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "partner_topups_amount_positive" CHECK ("partner_topups"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "webhook_attempts" (
	"id" serial PRIMARY KEY NOT NULL,
	"delivery_id" integer NOT NULL,
	"status" smallint,
	"error" text,
	"duration_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "request_hash" varchar(64);--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "test" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "partner_reference" varchar(80);--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "mode" varchar(4) DEFAULT 'test' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "rate_per_minute" integer DEFAULT 600 NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "event_id" integer;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "mode" varchar(4) DEFAULT 'test' NOT NULL;--> statement-breakpoint
ALTER TABLE "partner_balances" ADD CONSTRAINT "partner_balances_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_events" ADD CONSTRAINT "partner_events_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_ledger" ADD CONSTRAINT "partner_ledger_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_ledger" ADD CONSTRAINT "partner_ledger_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_ledger" ADD CONSTRAINT "partner_ledger_topup_id_partner_topups_id_fk" FOREIGN KEY ("topup_id") REFERENCES "public"."partner_topups"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_topups" ADD CONSTRAINT "partner_topups_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_delivery_id_webhook_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partner_balances_key" ON "partner_balances" USING btree ("partner_id","mode","currency");--> statement-breakpoint
CREATE INDEX "partner_events_partner_idx" ON "partner_events" USING btree ("partner_id","id");--> statement-breakpoint
CREATE INDEX "partner_ledger_partner_idx" ON "partner_ledger" USING btree ("partner_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_ledger_order_debit_key" ON "partner_ledger" USING btree ("order_id") WHERE kind = 'debit';--> statement-breakpoint
CREATE UNIQUE INDEX "partner_ledger_topup_key" ON "partner_ledger" USING btree ("topup_id");--> statement-breakpoint
CREATE INDEX "partner_topups_partner_idx" ON "partner_topups" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "webhook_attempts_delivery_idx" ON "webhook_attempts" USING btree ("delivery_id");--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_partner_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."partner_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_lines_listing_idx" ON "order_lines" USING btree ("listing_id");