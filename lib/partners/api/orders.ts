// The order endpoints: create (Idempotency-Key), read, list, cancel, pay (Checkout link or balance),
// the sandbox outcome of test orders, and tracking (timeline, shipments, QC photos).
import "server-only";
import { z } from "zod";
import { addressSchema } from "@/lib/checkout/address";
import { currencies } from "@/lib/money/currencies";
import { locales } from "@/i18n/locales";
import { cancelPartnerOrder } from "../cancel-partner-order";
import { completeSandboxPayment } from "../complete-sandbox-payment";
import { createPartnerOrder } from "../create-partner-order";
import { orderTracking } from "../order-tracking";
import { listPartnerOrders, readPartnerOrder } from "../partner-order-view";
import { payOrderFromBalance } from "../pay-order-from-balance";
import { startPartnerPayment } from "../start-partner-payment";
import { siteOrigin } from "./catalog";
import { defineEndpoint } from "./define-endpoint";
import { cursorParam, idParam, limitParam, Order, OrderPage, Tracking } from "./schemas";

const positive = (max: number) => z.number("invalid").int("invalid").min(1, "invalid").max(max, "invalid");

export const createOrderBody = z.object({
  lines: z.array(z.object({ skuId: positive(2_147_483_647), quantity: positive(1_000_000) }), "required").min(1, "required").max(100, "invalid"),
  address: addressSchema,
  warehouseId: positive(2_147_483_647),
  shippingLineId: positive(2_147_483_647),
  currency: z.enum(currencies, "currency"),
  locale: z.enum(locales, "invalid").default("en").describe("Language of the line titles kept on the order."),
  reference: z.string().trim().max(80, "tooLong").optional().describe("Your own order reference, returned on the order and in events."),
});

export const createOrder = defineEndpoint({
  id: "createOrder",
  method: "post",
  path: "/orders",
  scope: "orders:write",
  tag: "Orders",
  summary: "Place an order for an end customer",
  description:
    "Prices, fees and the exchange rate are computed on our side and locked into the order; stock is reserved until the payment ends. Send an `Idempotency-Key`: a retry with the same key and body answers the first order, the same key with another body answers 409. Orders of test keys are marked `test` and are paid only in the sandbox.",
  body: createOrderBody,
  idempotent: true,
  response: Order,
  status: 201,
  errors: [404, 409],
  run: async ({ db, caller }, { body, idempotencyKey }) => {
    const { orderId } = await createPartnerOrder(db, { id: caller.organisationId, mode: caller.mode }, body, idempotencyKey);
    return readPartnerOrder(db, caller.organisationId, orderId, siteOrigin());
  },
});

export const getOrder = defineEndpoint({
  id: "getOrder",
  method: "get",
  path: "/orders/{id}",
  scope: "orders:write",
  tag: "Orders",
  summary: "One of your orders",
  params: { id: idParam },
  response: Order,
  etag: true,
  errors: [404],
  run: ({ db, caller }, { id }) => readPartnerOrder(db, caller.organisationId, id, siteOrigin()),
});

export const listOrders = defineEndpoint({
  id: "listOrders",
  method: "get",
  path: "/orders",
  scope: "orders:write",
  tag: "Orders",
  summary: "Your orders, newest first",
  query: { cursor: cursorParam, limit: limitParam },
  response: OrderPage,
  run: async ({ db, caller }, { cursor, limit }) => {
    const beforeId = cursor ? Number(/^o(\d+)$/.exec(cursor)?.[1] ?? 0) || undefined : undefined;
    const { items, nextId } = await listPartnerOrders(db, caller.organisationId, { beforeId, limit, origin: siteOrigin() });
    return { items, nextCursor: nextId ? `o${nextId}` : null };
  },
});

export const cancelOrder = defineEndpoint({
  id: "cancelOrder",
  method: "post",
  path: "/orders/{id}/cancel",
  scope: "orders:write",
  tag: "Orders",
  summary: "Cancel an unpaid order (its stock is released)",
  params: { id: idParam },
  response: Order,
  errors: [404, 409],
  run: async ({ db, caller }, { id }) => {
    await cancelPartnerOrder(db, caller.organisationId, id);
    return readPartnerOrder(db, caller.organisationId, id, siteOrigin());
  },
});

const returnUrl = z.url({ protocol: /^https?$/, error: "invalid" }).max(500, "tooLong").optional().describe("Where Checkout sends the customer back (default: our order page).");

export const payOrder = defineEndpoint({
  id: "payOrder",
  method: "post",
  path: "/orders/{id}/pay",
  scope: "orders:write",
  tag: "Orders",
  summary: "Pay: a Checkout link, or a debit of your prepaid balance",
  description:
    "`checkout`: answers the order with `payment.checkoutUrl` (Stripe Checkout for live keys; the sandbox for test keys, completed with `POST /orders/{id}/sandbox-payment`). `balance`: debits your prepaid balance in the order's currency at once (409 if it is too low).",
  params: { id: idParam },
  body: z.object({ method: z.enum(["checkout", "balance"], "invalid"), returnUrl, locale: z.enum(locales, "invalid").default("en") }),
  response: Order,
  errors: [404, 409],
  run: async ({ db, caller }, { id, body }) => {
    if (body.method === "balance") await payOrderFromBalance(db, caller.organisationId, id);
    else await startPartnerPayment(db, caller.organisationId, id, { locale: body.locale, returnUrl: body.returnUrl ?? `${siteOrigin()}/${body.locale}` });
    return readPartnerOrder(db, caller.organisationId, id, siteOrigin());
  },
});

export const sandboxPayment = defineEndpoint({
  id: "sandboxPayment",
  method: "post",
  path: "/orders/{id}/sandbox-payment",
  scope: "orders:write",
  tag: "Orders",
  summary: "Test orders: end the sandbox payment as paid, declined or expired",
  description: "Only for orders placed with a test key. Nothing is charged; the same payment events as a real payment follow (`order.paid` when paid; a declined or expired payment cancels the order and releases its stock).",
  params: { id: idParam },
  body: z.object({ outcome: z.enum(["paid", "declined", "expired"], "invalid") }),
  response: Order,
  errors: [404, 409],
  run: async ({ db, caller }, { id, body }) => {
    await completeSandboxPayment(db, caller.organisationId, id, body.outcome, { locale: "en", returnUrl: `${siteOrigin()}/en` });
    return readPartnerOrder(db, caller.organisationId, id, siteOrigin());
  },
});

export const trackOrder = defineEndpoint({
  id: "trackOrder",
  method: "get",
  path: "/orders/{id}/tracking",
  scope: "orders:write",
  tag: "Orders",
  summary: "Timeline, shipments and QC photos of an order",
  params: { id: idParam },
  response: Tracking,
  etag: true,
  errors: [404],
  run: ({ db, caller }, { id }) => orderTracking(db, caller.organisationId, id, siteOrigin()),
});
