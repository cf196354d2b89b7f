ALTER TABLE "warehouses" ADD COLUMN "address_zh" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "warehouses" ADD COLUMN "phone" varchar(30) DEFAULT '' NOT NULL;