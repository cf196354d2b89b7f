// Placing orders and paying them: no overselling, no double charge, nothing taken from the browser.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { orderLines, orders, paymentEvents, payments, skus, timelineEvents } from "@/db/schema";
import { addToCartSchema } from "@/lib/cart/add-to-cart";
import { checkoutSchema } from "@/lib/checkout/address";
import { readCartItems } from "@/lib/cart/cart-items";
import { checkoutQuote } from "@/lib/checkout/checkout-quote";
import { getBuyerOrder } from "@/lib/orders/buyer-orders";
import { CheckoutError, NotFoundError } from "@/lib/orders/errors";
import { placeOrder } from "@/lib/orders/place-order";
import { requestShippingPayment } from "@/lib/orders/request-shipping-payment";
import { startPayment } from "@/lib/orders/start-payment";
import { BadSignatureError, handleStripeWebhook } from "@/lib/payments/handle-webhook";
import { TEST_WEBHOOK_SECRET } from "@/lib/payments/provider";
import { refundOrderLine } from "@/lib/payments/refund-order-line";
import { testEvent, testProvider } from "@/lib/payments/test-provider";
import { address, cartWith, createBuyer, routeTo, signed, stockedSku } from "../fixtures/checkout";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
});
afterAll(async () => database?.close());

async function orderFor(skuId: number, quantity: number, currency: "EUR" | "JPY" = "EUR") {
  const db = database.db;
  const buyer = await createBuyer(db);
  const cartId = await cartWith(db, buyer.id, [{ skuId, quantity }]);
  const route = await routeTo(db, "DE");
  const order = await placeOrder(db, { buyerId: buyer.id, cartId, locale: "en", currency, address: address(), ...route, attemptKey: randomUUID() });
  return { buyer, order };
}

async function pay(buyerId: number, orderId: number) {
  const { paymentId } = await startPayment(database.db, testProvider, { buyerId, orderId, kind: "goods", locale: "en", returnUrl: "http://localhost/en/orders/x" });
  const [payment] = await database.db.select().from(payments).where(eq(payments.id, paymentId));
  return payment;
}

const eventFor = (payment: typeof payments.$inferSelect, outcome: "paid" | "declined" | "expired") =>
  testEvent(outcome, { ref: payment.providerRef!, amountMinor: payment.amountMinor, currency: payment.currency, metadata: { paymentId: String(payment.id), orderId: String(payment.orderId), kind: payment.kind } });

describe("stock", () => {
  it("sells exactly 10 units to 50 buyers checking out at once, and stock never goes negative", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 10);
    const route = await routeTo(db, "DE");
    const buyers = await Promise.all(Array.from({ length: 50 }, () => createBuyer(db)));
    const cartIds = await Promise.all(buyers.map((b) => cartWith(db, b.id, [{ skuId, quantity: 1 }])));
    const results = await Promise.allSettled(
      buyers.map((b, i) => placeOrder(db, { buyerId: b.id, cartId: cartIds[i], locale: "en", currency: "EUR", address: address(), ...route, attemptKey: randomUUID() })),
    );
    const placed = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(placed).toHaveLength(10);
    expect(refused.every((r) => r.reason instanceof CheckoutError && r.reason.code === "outOfStock")).toBe(true);
    const [sku] = await db.select().from(skus).where(eq(skus.id, skuId));
    expect(sku).toMatchObject({ stock: 10, reserved: 10 });

    // Paying them all turns the reservations into sales: stock 0, nothing reserved.
    for (const r of placed) {
      const order = (r as PromiseFulfilledResult<{ id: number }>).value;
      const [row] = await db.select({ buyerId: orders.buyerId }).from(orders).where(eq(orders.id, order.id));
      const payment = await pay(row.buyerId, order.id);
      const { payload, header } = signed(eventFor(payment, "paid"));
      await handleStripeWebhook(db, payload, header, TEST_WEBHOOK_SECRET);
    }
    const [after] = await db.select().from(skus).where(eq(skus.id, skuId));
    expect(after).toMatchObject({ stock: 0, reserved: 0 });
  });

  it("releases the reserved stock when the payment expires (a declined attempt keeps it: buyer-journey.test.ts)", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 5);
    for (const outcome of ["expired"] as const) {
      const { buyer, order } = await orderFor(skuId, 2);
      expect((await db.select().from(skus).where(eq(skus.id, skuId)))[0].reserved).toBe(2);
      const payment = await pay(buyer.id, order.id);
      const { payload, header } = signed(eventFor(payment, outcome));
      await handleStripeWebhook(db, payload, header, TEST_WEBHOOK_SECRET);
      const [o] = await db.select().from(orders).where(eq(orders.id, order.id));
      expect(o.status).toBe("cancelled");
      expect((await db.select().from(skus).where(eq(skus.id, skuId)))[0]).toMatchObject({ stock: 5, reserved: 0 });
    }
  });
});

describe("webhooks", () => {
  it("changes the order once when the same event arrives five times", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 20);
    const { buyer, order } = await orderFor(skuId, 3);
    const payment = await pay(buyer.id, order.id);
    const { payload, header } = signed(eventFor(payment, "paid"));
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await handleStripeWebhook(db, payload, header, TEST_WEBHOOK_SECRET));
    expect(outcomes).toEqual(["processed", "duplicate", "duplicate", "duplicate", "duplicate"]);
    const [o] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(o.status).toBe("paid");
    const paid = await db.select().from(timelineEvents).where(sql`${timelineEvents.orderId} = ${order.id} and ${timelineEvents.kind} = 'paid'`);
    expect(paid).toHaveLength(1);
    expect((await db.select().from(skus).where(eq(skus.id, skuId)))[0]).toMatchObject({ stock: 17, reserved: 0 });

    // A later PaymentIntent success for the same payment (out of order, new event id) changes nothing.
    const late = { ...eventFor(payment, "paid"), type: "payment_intent.succeeded", data: { object: { id: "pi_1", object: "payment_intent", amount: payment.amountMinor, currency: payment.currency.toLowerCase(), status: "succeeded", metadata: { paymentId: String(payment.id) } } } };
    const again = signed(late);
    expect(await handleStripeWebhook(db, again.payload, again.header, TEST_WEBHOOK_SECRET)).toBe("processed");
    expect((await db.select().from(skus).where(eq(skus.id, skuId)))[0].stock).toBe(17);
  });

  it("rejects a bad signature and changes nothing", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 20);
    const { buyer, order } = await orderFor(skuId, 1);
    const payment = await pay(buyer.id, order.id);
    const { payload, header } = signed(eventFor(payment, "paid"));
    const eventsBefore = (await db.select({ n: sql<number>`count(*)::int` }).from(paymentEvents))[0].n;
    await expect(handleStripeWebhook(db, payload.replace(String(payment.amountMinor), "1"), header, TEST_WEBHOOK_SECRET)).rejects.toBeInstanceOf(BadSignatureError);
    const wrongSecret = signed(eventFor(payment, "paid"), "whsec_someone_else");
    await expect(handleStripeWebhook(db, wrongSecret.payload, wrongSecret.header, TEST_WEBHOOK_SECRET)).rejects.toBeInstanceOf(BadSignatureError);
    await expect(handleStripeWebhook(db, payload, null, TEST_WEBHOOK_SECRET)).rejects.toBeInstanceOf(BadSignatureError);
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(paymentEvents))[0].n).toBe(eventsBefore);
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0].status).toBe("pending_payment");
  });

  it("does not mark an order paid when the event's amount differs from the payment", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 20);
    const { buyer, order } = await orderFor(skuId, 1);
    const payment = await pay(buyer.id, order.id);
    const event = testEvent("paid", { ref: payment.providerRef!, amountMinor: 1, currency: payment.currency, metadata: { paymentId: String(payment.id) } });
    const { payload, header } = signed(event);
    await handleStripeWebhook(db, payload, header, TEST_WEBHOOK_SECRET);
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0].status).toBe("pending_payment");
  });
});

describe("what the browser sends", () => {
  it("ignores prices and totals posted with the checkout form", () => {
    const parsed = checkoutSchema.parse({ ...address(), warehouseId: "1", shippingLineId: "2", attemptKey: randomUUID(), goodsMinor: "1", unitPriceFen: "1", firstPaymentMinor: "1" });
    expect(parsed).not.toHaveProperty("goodsMinor");
    expect(parsed).not.toHaveProperty("unitPriceFen");
  });

  it("rejects non-positive, fractional and absurd quantities", () => {
    for (const quantity of [0, -5, 1.5, 10_000_000]) expect(addToCartSchema.safeParse({ items: [{ skuId: 1, quantity }] }).success).toBe(false);
  });

  it("prices the order from the database, whatever the page showed", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 50, 1234);
    const buyer = await createBuyer(db);
    const cartId = await cartWith(db, buyer.id, [{ skuId, quantity: 4 }]);
    const route = await routeTo(db, "DE");
    const expected = await checkoutQuote(db, await readCartItems(db, cartId, "en"), { ...route, country: "DE", currency: "JPY" });
    const placed = await placeOrder(db, { buyerId: buyer.id, cartId, locale: "en", currency: "JPY", address: address(), ...route, attemptKey: randomUUID() });
    const [o] = await db.select().from(orders).where(eq(orders.id, placed.id));
    expect(o.goodsMinor).toBe(expected.quote.goodsMinor);
    expect(o.firstPaymentMinor).toBe(expected.quote.goodsMinor + expected.quote.serviceFeeMinor + expected.quote.domesticMinor);
    expect(Number(o.ratePerCny)).toBeCloseTo(Number(expected.rate.ratePerCny), 9);
  });

  it("returns the first order when the same checkout attempt is submitted twice", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 50);
    const buyer = await createBuyer(db);
    const route = await routeTo(db, "DE");
    const attemptKey = randomUUID();
    const cartId = await cartWith(db, buyer.id, [{ skuId, quantity: 2 }]);
    const first = await placeOrder(db, { buyerId: buyer.id, cartId, locale: "en", currency: "EUR", address: address(), ...route, attemptKey });
    const second = await placeOrder(db, { buyerId: buyer.id, cartId, locale: "en", currency: "EUR", address: address(), ...route, attemptKey });
    expect(second).toEqual({ ...first, created: false });
  });
});

describe("one cart, one order (issue 9, finding 10)", () => {
  it("gives two concurrent submits of the same attempt one order and no error", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 50);
    const buyer = await createBuyer(db);
    const route = await routeTo(db, "DE");
    const attemptKey = randomUUID();
    const cartId = await cartWith(db, buyer.id, [{ skuId, quantity: 2 }]);
    const submit = () => placeOrder(db, { buyerId: buyer.id, cartId, locale: "en", currency: "EUR", address: address(), ...route, attemptKey });
    const results = await Promise.allSettled([submit(), submit(), submit()]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const ids = new Set(results.map((r) => (r as PromiseFulfilledResult<{ id: number }>).value.id));
    expect(ids.size).toBe(1);
    const [sku] = await db.select().from(skus).where(eq(skus.id, skuId));
    expect(sku.reserved).toBe(2);
  });

  it("gives a second tab (another attempt, same cart) the first order, never a second reservation", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 50);
    const buyer = await createBuyer(db);
    const route = await routeTo(db, "DE");
    const cartId = await cartWith(db, buyer.id, [{ skuId, quantity: 3 }]);
    const submit = () => placeOrder(db, { buyerId: buyer.id, cartId, locale: "en", currency: "EUR", address: address(), ...route, attemptKey: randomUUID() });
    const [a, b] = await Promise.all([submit(), submit()]);
    expect(b.id).toBe(a.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await db.select().from(orders).where(eq(orders.buyerId, buyer.id))).toHaveLength(1);
    const [sku] = await db.select().from(skus).where(eq(skus.id, skuId));
    expect(sku.reserved).toBe(3);
  });
});

describe("tenancy", () => {
  it("answers another buyer's order as missing", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 20);
    const { order } = await orderFor(skuId, 1);
    const stranger = await createBuyer(db);
    expect(await getBuyerOrder(db, stranger.id, order.number)).toBeNull();
    await expect(startPayment(db, testProvider, { buyerId: stranger.id, orderId: order.id, kind: "goods", locale: "en", returnUrl: "http://x" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the second payment", () => {
  it("charges the weighed parcel at the order's locked rate, and is paid through the same webhook", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 20);
    const { buyer, order } = await orderFor(skuId, 2);
    const goods = await pay(buyer.id, order.id);
    const first = signed(eventFor(goods, "paid"));
    await handleStripeWebhook(db, first.payload, first.header, TEST_WEBHOOK_SECRET);

    const [{ agentId }] = await db.execute<{ agentId: number }>(sql`select w.agent_id as "agentId" from orders o join warehouses w on w.id = o.warehouse_id where o.id = ${order.id}`).then((r) => ("rows" in r ? (r.rows as { agentId: number }[]) : (r as unknown as { agentId: number }[])));
    await expect(requestShippingPayment(db, { orderId: order.id, agentId: agentId + 999, actorId: buyer.id, actualWeightG: 1200, box: { lengthMm: 300, widthMm: 200, heightMm: 150 } })).rejects.toBeInstanceOf(NotFoundError);
    const requested = await requestShippingPayment(db, { orderId: order.id, agentId, actorId: buyer.id, actualWeightG: 1200, box: { lengthMm: 300, widthMm: 200, heightMm: 150 } });
    expect(requested.amountMinor).toBeGreaterThan(0);
    const { paymentId } = await startPayment(db, testProvider, { buyerId: buyer.id, orderId: order.id, kind: "shipping", locale: "en", returnUrl: "http://x" });
    const [shipping] = await db.select().from(payments).where(eq(payments.id, paymentId));
    const second = signed(eventFor(shipping, "paid"));
    await handleStripeWebhook(db, second.payload, second.header, TEST_WEBHOOK_SECRET);
    const detail = await getBuyerOrder(db, buyer.id, order.number);
    expect(detail!.payments.map((p) => [p.kind, p.status])).toEqual([["goods", "succeeded"], ["shipping", "succeeded"]]);
    expect(detail!.events.map((e) => e.kind)).toEqual(["order_placed", "payment_started", "paid", "shipping_payment_requested", "payment_started", "shipping_paid"]);
  });
});

describe("refunds", () => {
  it("pays back a line once through the provider that took the goods payment", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 20);
    const { buyer, order } = await orderFor(skuId, 2);
    const payment = await pay(buyer.id, order.id);
    const { payload, header } = signed(eventFor(payment, "paid"));
    await handleStripeWebhook(db, payload, header, TEST_WEBHOOK_SECRET);
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    const request = { orderId: order.id, orderLineId: line.id, amountMinor: line.lineTotalMinor, currency: "EUR" };
    expect(await refundOrderLine(db, request)).toEqual({ ref: `re_test_line_${line.id}` });
    expect(await refundOrderLine(db, request)).toBeNull();
    const refunds = await db.select().from(timelineEvents).where(sql`${timelineEvents.orderId} = ${order.id} and ${timelineEvents.kind} = 'line_refunded'`);
    expect(refunds.map((r) => r.data)).toEqual([{ orderLineId: line.id, amountMinor: line.lineTotalMinor, currency: "EUR", provider: "test", ref: `re_test_line_${line.id}` }]);
  });

  it("refunds nothing for an order that was never paid", async () => {
    const db = database.db;
    const { skuId } = await stockedSku(db, 20);
    const { order } = await orderFor(skuId, 1);
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    expect(await refundOrderLine(db, { orderId: order.id, orderLineId: line.id, amountMinor: line.lineTotalMinor, currency: "EUR" })).toBeNull();
  });
});
