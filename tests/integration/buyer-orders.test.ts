// The buyer's orders list: each order shows its own line count, units and first line's photo.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { listings, priceTiers, skus } from "@/db/schema";
import { listBuyerOrders } from "@/lib/orders/buyer-orders";
import { placeOrder } from "@/lib/orders/place-order";
import { address, cartWith, createBuyer, routeTo } from "../fixtures/checkout";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
});
afterAll(async () => database?.close());

/** The first active SKU of `count` different active listings, each stocked, MOQ 1, one tier. */
async function skusOfListings(count: number) {
  const db = database.db;
  const rows = await db.select({ id: listings.id }).from(listings).where(eq(listings.status, "active")).orderBy(listings.id).limit(count);
  const out: number[] = [];
  for (const { id } of rows) {
    const [sku] = await db.select().from(skus).where(and(eq(skus.listingId, id), eq(skus.active, true))).orderBy(skus.id).limit(1);
    await db.update(skus).set({ stock: 10_000, reserved: 0, priceDeltaFen: 0 }).where(eq(skus.id, sku.id));
    await db.update(listings).set({ moq: 1 }).where(eq(listings.id, id));
    await db.delete(priceTiers).where(eq(priceTiers.listingId, id));
    await db.insert(priceTiers).values({ listingId: id, minQty: 1, unitPriceFen: 500 });
    out.push(sku.id);
  }
  return out;
}

describe("orders list", () => {
  it("shows each order's own line count, units and thumbnail", async () => {
    const db = database.db;
    const [a, b, c] = await skusOfListings(3);
    const buyer = await createBuyer(db);
    const route = await routeTo(db, "DE");
    const place = async (items: { skuId: number; quantity: number }[]) => {
      const cartId = await cartWith(db, buyer.id, items);
      return placeOrder(db, { buyerId: buyer.id, cartId, locale: "en", currency: "EUR", address: address(), ...route, attemptKey: randomUUID() });
    };
    const first = await place([{ skuId: a, quantity: 34 }]);
    const second = await place([{ skuId: b, quantity: 5 }, { skuId: c, quantity: 7 }]);
    // Another buyer's order is not in the list.
    const other = await createBuyer(db);
    const otherCart = await cartWith(db, other.id, [{ skuId: a, quantity: 2 }]);
    await placeOrder(db, { buyerId: other.id, cartId: otherCart, locale: "en", currency: "EUR", address: address(), ...route, attemptKey: randomUUID() });

    const list = await listBuyerOrders(db, buyer.id);
    expect(list.map((o) => o.number).sort()).toEqual([first.number, second.number].sort());
    const one = list.find((o) => o.id === first.id)!;
    const two = list.find((o) => o.id === second.id)!;
    expect(one).toMatchObject({ lineCount: 1, units: 34 });
    expect(two).toMatchObject({ lineCount: 2, units: 12 });
    expect(one.photoKey).toBeTruthy();
    expect(two.photoKey).toBeTruthy();
    expect(one.photoKey).not.toBe(two.photoKey);
  });
});
