// The buyer's journey after the walk-through of issue 11: wholesale quantities check out by freight,
// a declined payment can be retried (only expiry cancels), and the factory's domestic tracking
// number reaches the buyer's order.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listings, orderLines, orders, payments, shippingLineCountries, shippingLines, skus, warehouses } from "@/db/schema";
import { readCartItems } from "@/lib/cart/cart-items";
import { checkoutQuotes } from "@/lib/checkout/checkout-quote";
import { CheckoutError } from "@/lib/orders/errors";
import { listOrderParcels } from "@/lib/orders/list-order-parcels";
import { placeOrder } from "@/lib/orders/place-order";
import { startPayment } from "@/lib/orders/start-payment";
import { handleStripeWebhook } from "@/lib/payments/handle-webhook";
import { TEST_WEBHOOK_SECRET } from "@/lib/payments/provider";
import { testEvent, testProvider } from "@/lib/payments/test-provider";
import { acceptPurchaseOrder } from "@/lib/purchase-orders/accept-purchase-order";
import { createPurchaseOrders } from "@/lib/purchase-orders/create-purchase-orders";
import { markPurchaseOrderShipped } from "@/lib/purchase-orders/mark-purchase-order-shipped";
import { address, cartWith, createBuyer, signed, stockedSku } from "../fixtures/checkout";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
});
afterAll(async () => database?.close());

/** Tongda's Yiwu warehouse and every Tongda line, by code. */
async function tongda() {
  const db = database.db;
  const [warehouse] = await db.select().from(warehouses).where(eq(warehouses.code, "tongda-yiwu"));
  const lines = await db.select().from(shippingLines).where(eq(shippingLines.agentId, warehouse.agentId));
  return { warehouse, lines, id: (code: string) => lines.find((l) => l.code === code)!.id };
}

/** A stocked SKU packed like an EVA yoga block (220 g, 23 x 15 x 7.6 cm), MOQ 1. */
async function yogaBlockSku(stock: number) {
  const sku = await stockedSku(database.db, stock, 900);
  await database.db.update(listings).set({ weightG: 220, lengthMm: 230, widthMm: 150, heightMm: 76, hsCode: "950691" }).where(eq(listings.id, sku.listingId));
  return sku;
}

const usAddress = () => ({ ...address("US"), country: "US" as "DE", city: "Austin", region: "TX", postalCode: "78701", phone: "+1 512 555 0100" });

describe("wholesale by freight", () => {
  it("quotes 2,000 yoga blocks to the USA by sea LCL and full container, and says why each other line cannot carry them", async () => {
    const db = database.db;
    const { skuId } = await yogaBlockSku(5000);
    const buyer = await createBuyer(db);
    const cartId = await cartWith(db, buyer.id, [{ skuId, quantity: 2000 }]);
    const route = await tongda();
    const cart = await readCartItems(db, cartId, "en");
    const results = await checkoutQuotes(db, cart, { warehouseId: route.warehouse.id, shippingLineIds: route.lines.map((l) => l.id), country: "US", currency: "USD" });
    const byCode = new Map(results.map((r) => [route.lines.find((l) => l.id === r.shippingLineId)!.code, r]));

    const lcl = byCode.get("tongda-lcl-na")!;
    expect(lcl.problem).toBeNull();
    // 2,000 x 2.622 L x 1.15 packing = about 6 m³; 440 kg: W/M is the volume.
    expect(lcl.quote!.quote.parcel.freightTonsMilli).toBeGreaterThan(5900);
    expect(lcl.quote!.quote.intlFen).toBe(Math.round((lcl.quote!.quote.parcel.freightTonsMilli! * 60_000) / 1000));
    expect(byCode.get("tongda-fcl-na")!.quote!.quote.parcel.containers).toEqual({ c20: 1, c40: 0 });
    expect(byCode.get("tongda-express-na")!.problem?.code).toBe("lineTooHeavy");
    expect(byCode.get("tongda-sea-na")!.problem?.code).toBe("lineTooLarge"); // 1 t parcel line: 6 m³ weighs 1,005 kg by volume
    expect(byCode.get("tongda-lcl-eu")!.problem?.code).toBe("lineNotServed");
    expect(byCode.get("tongda-truck-mn")!.problem?.code).toBe("lineNotServed");
  });

  it("places the order on the LCL line and refuses a courier line on the server", async () => {
    const db = database.db;
    const { skuId } = await yogaBlockSku(5000);
    const buyer = await createBuyer(db);
    const route = await tongda();
    const cartId = await cartWith(db, buyer.id, [{ skuId, quantity: 2000 }]);
    const base = { buyerId: buyer.id, cartId, locale: "en" as const, currency: "USD" as const, address: usAddress(), warehouseId: route.warehouse.id };
    const refused = await placeOrder(db, { ...base, shippingLineId: route.id("tongda-express-na"), attemptKey: randomUUID() }).catch((e) => e);
    expect(refused).toBeInstanceOf(CheckoutError);
    expect(refused.code).toBe("lineTooHeavy");
    const order = await placeOrder(db, { ...base, shippingLineId: route.id("tongda-lcl-na"), attemptKey: randomUUID() });
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ status: "pending_payment", shippingLineId: route.id("tongda-lcl-na") });
    expect(row.intlEstimateMinor).toBeGreaterThan(0);
  });

  it("refuses the order when no line of the agent serves the country", async () => {
    const db = database.db;
    const { skuId } = await yogaBlockSku(50);
    const buyer = await createBuyer(db);
    const route = await tongda();
    const cartId = await cartWith(db, buyer.id, [{ skuId, quantity: 10 }]);
    const refused = await placeOrder(db, {
      buyerId: buyer.id, cartId, locale: "en", currency: "EUR", address: address("DE"), warehouseId: route.warehouse.id,
      shippingLineId: route.id("tongda-lcl-na"), attemptKey: randomUUID(),
    }).catch((e) => e);
    expect(refused).toBeInstanceOf(CheckoutError);
    expect(refused.code).toBe("lineNotServed");
  });

  it("seeds freight lines reaching every served country of each agent's courier lines", async () => {
    const rows = await database.db
      .select({ country: shippingLineCountries.country, pricing: shippingLines.pricing })
      .from(shippingLines)
      .innerJoin(shippingLineCountries, eq(shippingLineCountries.lineId, shippingLines.id))
      .where(sql`${shippingLines.pricing} <> 'parcel'`);
    expect(new Set(rows.map((r) => r.country))).toEqual(new Set(["US", "CA", "GB", "DE", "FR", "ES", "RU", "MN", "AE", "JP", "KR", "VN", "AU"]));
    expect(new Set(rows.map((r) => r.pricing))).toEqual(new Set(["lcl", "container", "freight_kg"]));
  });
});

describe("a declined payment", () => {
  async function pendingOrder(stock: number, quantity: number) {
    const db = database.db;
    const { skuId } = await stockedSku(db, stock);
    const buyer = await createBuyer(db);
    const cartId = await cartWith(db, buyer.id, [{ skuId, quantity }]);
    const route = await tongda();
    const order = await placeOrder(db, {
      buyerId: buyer.id, cartId, locale: "en", currency: "EUR", address: address("DE"), warehouseId: route.warehouse.id,
      shippingLineId: route.id("tongda-express-eu"), attemptKey: randomUUID(),
    });
    return { skuId, buyer, order };
  }
  const send = async (paymentId: number, outcome: "paid" | "declined" | "expired") => {
    const [p] = await database.db.select().from(payments).where(eq(payments.id, paymentId));
    const event = testEvent(outcome, { ref: p.providerRef!, amountMinor: p.amountMinor, currency: p.currency, metadata: { paymentId: String(p.id), orderId: String(p.orderId), kind: p.kind } });
    const { payload, header } = signed(event);
    await handleStripeWebhook(database.db, payload, header, TEST_WEBHOOK_SECRET);
  };
  const state = async (orderId: number, skuId: number) => ({
    order: (await database.db.select().from(orders).where(eq(orders.id, orderId)))[0].status,
    sku: (await database.db.select({ stock: skus.stock, reserved: skus.reserved }).from(skus).where(eq(skus.id, skuId)))[0],
  });

  it("leaves the order awaiting payment with its stock reserved, and the buyer can pay again", async () => {
    const { skuId, buyer, order } = await pendingOrder(5, 2);
    const start = () => startPayment(database.db, testProvider, { buyerId: buyer.id, orderId: order.id, kind: "goods", locale: "en", returnUrl: "http://localhost/en/orders/x" });
    const first = await start();
    await send(first.paymentId, "declined");
    expect(await state(order.id, skuId)).toEqual({ order: "pending_payment", sku: { stock: 5, reserved: 2 } });
    const [payment] = await database.db.select().from(payments).where(eq(payments.id, first.paymentId));
    expect(payment.status).toBe("pending"); // the session is still open: another card may be tried

    const retry = await start();
    expect(retry.paymentId).toBe(first.paymentId);
    await send(retry.paymentId, "paid");
    expect(await state(order.id, skuId)).toEqual({ order: "paid", sku: { stock: 3, reserved: 0 } });
  });

  it("is cancelled only when the payment expires, which releases the stock", async () => {
    const { skuId, buyer, order } = await pendingOrder(5, 2);
    const { paymentId } = await startPayment(database.db, testProvider, { buyerId: buyer.id, orderId: order.id, kind: "goods", locale: "en", returnUrl: "http://localhost/en/orders/x" });
    await send(paymentId, "declined");
    await send(paymentId, "declined");
    expect((await state(order.id, skuId)).order).toBe("pending_payment");
    await send(paymentId, "expired");
    expect(await state(order.id, skuId)).toEqual({ order: "cancelled", sku: { stock: 5, reserved: 0 } });
  });
});

describe("the factory's domestic parcel", () => {
  it("shows the buyer the carrier and tracking number once the purchase order is shipped, and nothing before", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 20);
    const buyer = await createBuyer(db);
    const cartId = await cartWith(db, buyer.id, [{ skuId, quantity: 3 }]);
    const route = await tongda();
    const order = await placeOrder(db, {
      buyerId: buyer.id, cartId, locale: "en", currency: "EUR", address: address("DE"), warehouseId: route.warehouse.id,
      shippingLineId: route.id("tongda-express-eu"), attemptKey: randomUUID(),
    });
    const { paymentId } = await startPayment(db, testProvider, { buyerId: buyer.id, orderId: order.id, kind: "goods", locale: "en", returnUrl: "http://localhost/en/orders/x" });
    const [p] = await db.select().from(payments).where(eq(payments.id, paymentId));
    const { payload, header } = signed(testEvent("paid", { ref: p.providerRef!, amountMinor: p.amountMinor, currency: p.currency, metadata: { paymentId: String(p.id), orderId: String(order.id), kind: "goods" } }));
    await handleStripeWebhook(db, payload, header, TEST_WEBHOOK_SECRET);

    const lineIds = (await db.select({ id: orderLines.id }).from(orderLines).where(eq(orderLines.orderId, order.id))).map((l) => l.id);
    const [po] = await createPurchaseOrders(db, route.warehouse.agentId, { orderLineIds: lineIds });
    expect(await listOrderParcels(db, order.id)).toEqual([]);
    await acceptPurchaseOrder(db, po.factoryId, po.id);
    expect(await listOrderParcels(db, order.id)).toEqual([]);
    await markPurchaseOrderShipped(db, po.factoryId, po.id, { carrier: "顺丰速运", trackingNumber: "SF1428007713999" });
    const parcels = await listOrderParcels(db, order.id);
    expect(parcels).toHaveLength(1);
    expect(parcels[0]).toMatchObject({ carrier: "顺丰速运", trackingNumber: "SF1428007713999", status: "shipped", purchaseOrderNumber: po.number });
  });
});
