DROP INDEX "inbound_parcels_list_idx";--> statement-breakpoint
CREATE INDEX "inbound_parcels_recent_idx" ON "inbound_parcels" USING btree ("warehouse_id","created_at","id");--> statement-breakpoint
CREATE INDEX "inbound_parcels_list_idx" ON "inbound_parcels" USING btree ("warehouse_id","status","created_at","id");