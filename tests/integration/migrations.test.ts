import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf as rows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as s from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
});
afterAll(async () => {
  await database?.close();
});


describe("migrations", () => {
  it("create every table of the data model", async () => {
    const tables = rows<{ table_name: string }>(
      await database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public'`),
    ).map((r) => r.table_name);
    for (const table of [
      "users", "organisations", "memberships", "sessions", "categories", "category_translations", "factories",
      "listings", "listing_translations", "listing_attributes", "listing_tags", "listing_photos", "skus", "price_tiers",
      "agents", "warehouses", "shipping_lines", "shipping_line_countries", "exchange_rates", "carts", "cart_items",
      "orders", "order_lines", "payments", "payment_events", "purchase_orders", "purchase_order_lines", "inbound_parcels",
      "qc_checks", "qc_photos", "shipments", "shipment_items", "timeline_events", "api_keys", "webhook_endpoints",
      "webhook_deliveries", "blobs", "duty_rates",
    ]) {
      expect(tables, table).toContain(table);
    }
  });

  it("installs pg_trgm", async () => {
    const ext = rows<{ extname: string }>(await database.db.execute(sql`select extname from pg_extension`));
    expect(ext.map((e) => e.extname)).toContain("pg_trgm");
  });

  it("can be applied twice without change", async () => {
    await expect(migrateDatabase(database)).resolves.toBeUndefined();
  });

  describe("constraints", () => {
    let listingId: number;
    beforeAll(async () => {
      const db = database.db;
      const [org] = await db.insert(s.organisations).values({ kind: "factory", slug: "c-test", name: "C" }).returning();
      await db.insert(s.factories).values({ organisationId: org.id, nameZh: "测试", nameEn: "Test", province: "Zhejiang", city: "Yiwu" });
      const [cat] = await db.insert(s.categories).values({ slug: "c-test" }).returning();
      const [listing] = await db
        .insert(s.listings)
        .values({ factoryId: org.id, categoryId: cat.id, unit: "piece", weightG: 10, lengthMm: 1, widthMm: 1, heightMm: 1, leadTimeDays: 3 })
        .returning();
      listingId = listing.id;
    });

    it("refuse negative stock", async () => {
      await expect(database.db.insert(s.skus).values({ listingId, code: "NEG", stock: -1 })).rejects.toThrow();
    });
    it("refuse reserving more than the stock", async () => {
      await expect(database.db.insert(s.skus).values({ listingId, code: "RES", stock: 1, reserved: 2 })).rejects.toThrow();
    });
    it("refuse a tier from zero units or at no price", async () => {
      await expect(database.db.insert(s.priceTiers).values({ listingId, minQty: 0, unitPriceFen: 100 })).rejects.toThrow();
      await expect(database.db.insert(s.priceTiers).values({ listingId, minQty: 1, unitPriceFen: 0 })).rejects.toThrow();
    });
    it("refuse a zero weight listing", async () => {
      await expect(
        database.db.update(s.listings).set({ weightG: 0 }).where(sql`${s.listings.id} = ${listingId}`),
      ).rejects.toThrow();
    });
    it("accept a valid SKU and tier", async () => {
      await database.db.insert(s.skus).values({ listingId, code: "OK", stock: 5 });
      await database.db.insert(s.priceTiers).values({ listingId, minQty: 1, unitPriceFen: 100 });
    });
  });
});
