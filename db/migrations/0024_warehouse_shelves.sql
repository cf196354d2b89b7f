CREATE TABLE "warehouse_shelves" (
	"id" serial PRIMARY KEY NOT NULL,
	"warehouse_id" integer NOT NULL,
	"code" varchar(20) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "warehouse_shelves" ADD CONSTRAINT "warehouse_shelves_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "warehouse_shelves_code_key" ON "warehouse_shelves" USING btree ("warehouse_id","code");