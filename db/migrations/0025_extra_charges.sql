ALTER TYPE "public"."order_line_status" ADD VALUE 'abandoned';--> statement-breakpoint
CREATE TABLE "extra_charges" (
	"id" serial PRIMARY KEY NOT NULL,
	"qc_check_id" integer NOT NULL,
	"kind" varchar(20) NOT NULL,
	"period_start" date,
	"period_end" date,
	"units" integer NOT NULL,
	"amount_fen" integer NOT NULL,
	"shipment_id" integer,
	"billed_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "extra_charges_amount" CHECK ("extra_charges"."amount_fen" >= 0 and "extra_charges"."units" > 0),
	CONSTRAINT "extra_charges_kind" CHECK ("extra_charges"."kind" in ('storage', 'qc_photos')),
	CONSTRAINT "extra_charges_storage_period" CHECK ("extra_charges"."kind" <> 'storage' or "extra_charges"."period_start" is not null)
);
--> statement-breakpoint
ALTER TABLE "qc_checks" ADD COLUMN "abandon_reminder_days" smallint;--> statement-breakpoint
ALTER TABLE "qc_checks" ADD COLUMN "abandoned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "extra_charges" ADD CONSTRAINT "extra_charges_qc_check_id_qc_checks_id_fk" FOREIGN KEY ("qc_check_id") REFERENCES "public"."qc_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extra_charges" ADD CONSTRAINT "extra_charges_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extra_charges" ADD CONSTRAINT "extra_charges_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "extra_charges_storage_period_key" ON "extra_charges" USING btree ("qc_check_id","period_start") WHERE "extra_charges"."kind" = 'storage';--> statement-breakpoint
CREATE INDEX "extra_charges_check_idx" ON "extra_charges" USING btree ("qc_check_id","kind");--> statement-breakpoint
CREATE INDEX "extra_charges_shipment_idx" ON "extra_charges" USING btree ("shipment_id");--> statement-breakpoint
INSERT INTO "extra_charges" ("qc_check_id", "kind", "period_start", "period_end", "units", "amount_fen", "created_at") SELECT "qc_check_id", 'storage', "period_start", "period_end", "units", "amount_fen", "created_at" FROM "storage_charges" ON CONFLICT DO NOTHING;
