CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" varchar(40) NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"href" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "shipment_payments" (
	"payment_id" integer PRIMARY KEY NOT NULL,
	"shipment_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "storage_charges" (
	"id" serial PRIMARY KEY NOT NULL,
	"qc_check_id" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"units" integer NOT NULL,
	"amount_fen" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "storage_charges_amount" CHECK ("storage_charges"."amount_fen" >= 0)
);
--> statement-breakpoint
DROP INDEX "inbound_parcels_status_idx";--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "qc_approval_days" smallint DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "delivery_confirm_days" smallint DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "abandon_after_days" smallint DEFAULT 365 NOT NULL;--> statement-breakpoint
ALTER TABLE "inbound_parcels" ADD COLUMN "received_by" integer;--> statement-breakpoint
ALTER TABLE "inbound_parcels" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "qc_checks" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "qc_checks" ADD COLUMN "decided_by" varchar(10);--> statement-breakpoint
ALTER TABLE "qc_checks" ADD COLUMN "approval_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "qc_checks" ADD COLUMN "expected_quantity" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "qc_checks" ADD COLUMN "extra_photos_ordered" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "qc_checks" ADD COLUMN "shelf" varchar(20);--> statement-breakpoint
ALTER TABLE "qc_checks" ADD COLUMN "stored_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "qc_checks" ADD COLUMN "storage_reminder_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "carrier" varchar(60);--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "currency" varchar(3) DEFAULT 'USD' NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "rate_per_cny" numeric(24, 12) DEFAULT '1' NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "address" jsonb;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "country" varchar(2) DEFAULT 'US' NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "predicted_weight_g" integer;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "predicted_chargeable_g" integer;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "predicted_cost_fen" integer;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "insurance_minor" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "rehearsal_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "rehearsal_approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_payments" ADD CONSTRAINT "shipment_payments_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_payments" ADD CONSTRAINT "shipment_payments_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storage_charges" ADD CONSTRAINT "storage_charges_qc_check_id_qc_checks_id_fk" FOREIGN KEY ("qc_check_id") REFERENCES "public"."qc_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "shipment_payments_shipment_idx" ON "shipment_payments" USING btree ("shipment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "storage_charges_period_key" ON "storage_charges" USING btree ("qc_check_id","period_start");--> statement-breakpoint
ALTER TABLE "inbound_parcels" ADD CONSTRAINT "inbound_parcels_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inbound_parcels_list_idx" ON "inbound_parcels" USING btree ("warehouse_id","status","created_at");--> statement-breakpoint
CREATE INDEX "qc_checks_order_line_idx" ON "qc_checks" USING btree ("order_line_id");--> statement-breakpoint
CREATE INDEX "shipment_items_order_line_idx" ON "shipment_items" USING btree ("order_line_id");--> statement-breakpoint
CREATE INDEX "shipments_tracking_idx" ON "shipments" USING btree ("tracking_number");