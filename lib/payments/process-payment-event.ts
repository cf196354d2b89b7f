// Applies one verified payment event (SPEC 5). Each event id is recorded in the same transaction as
// its effect, so a redelivered event changes nothing; state changes only go forward from `pending`,
// so events arriving out of order (a PaymentIntent success after its session completed) are no-ops.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db, Tx } from "@/db/client";
import { listings, orderLines, orders, paymentEvents, payments, skus } from "@/db/schema";
import { addOrderEvent } from "@/lib/orders/timeline";
import { creditTopup } from "@/lib/partners/credit-balance";
import { emitOrderPartnerEvent } from "@/lib/partners/emit-partner-event";
import { onShipmentPaid } from "@/lib/shipments/shipment-payment";
import { moveOrderLines } from "@/lib/orders/move-order-lines";

/** The events we act on; anything else is acknowledged and ignored. */
export const HANDLED_EVENTS = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  "payment_intent.succeeded",
  "payment_intent.payment_failed",
] as const;

export type EventOutcome = "processed" | "duplicate" | "ignored";

interface Charged {
  paymentId: number;
  amountMinor: number;
  currency: string;
  paid: boolean;
}

function charged(event: Stripe.Event): Charged | null {
  const object = event.data.object as unknown as Record<string, unknown>;
  const metadata = (object.metadata ?? {}) as Record<string, string>;
  const paymentId = Number(metadata.paymentId);
  if (!Number.isSafeInteger(paymentId) || paymentId <= 0) return null;
  const isSession = object.object === "checkout.session";
  return {
    paymentId,
    amountMinor: Number(isSession ? object.amount_total : object.amount),
    currency: String(object.currency ?? "").toUpperCase(),
    paid: isSession ? object.payment_status === "paid" : object.status === "succeeded",
  };
}

export async function processPaymentEvent(db: Db, event: Stripe.Event, provider: "stripe" | "test"): Promise<EventOutcome> {
  if (!(HANDLED_EVENTS as readonly string[]).includes(event.type)) return "ignored";
  return db.transaction(async (tx) => {
    const recorded = await tx
      .insert(paymentEvents)
      .values({ id: event.id, provider, type: event.type, payload: JSON.stringify(event) })
      .onConflictDoNothing()
      .returning({ id: paymentEvents.id });
    if (recorded.length === 0) return "duplicate";

    // A partner's balance top-up (lib/partners/create-topup.ts): credited once, for the amount asked.
    const object = event.data.object as unknown as { metadata?: Record<string, string>; payment_status?: string; amount_total?: number; object?: string };
    const topupId = Number(object.metadata?.topupId);
    if (Number.isSafeInteger(topupId) && topupId > 0) {
      const completed = event.type === "checkout.session.completed" || event.type === "checkout.session.async_payment_succeeded";
      if (completed && object.payment_status === "paid") await creditTopup(tx, topupId, Number(object.amount_total));
      return "processed";
    }

    const facts = charged(event);
    if (!facts) return "processed";
    const [payment] = await tx.select().from(payments).where(eq(payments.id, facts.paymentId)).for("update");
    if (!payment) return "processed";

    switch (event.type) {
      case "checkout.session.completed":
      case "checkout.session.async_payment_succeeded":
      case "payment_intent.succeeded":
        // A session completed with a delayed method (bank debit) is not paid yet: wait for its success event.
        if (facts.paid) await paymentSucceeded(tx, payment, facts, event.id);
        break;
      case "checkout.session.async_payment_failed":
        await paymentEnded(tx, payment, "failed", event.id);
        break;
      case "checkout.session.expired":
        await paymentEnded(tx, payment, "expired", event.id);
        break;
      case "payment_intent.payment_failed":
        // The buyer may try another card in the same session: only noted.
        await addOrderEvent(tx, payment.orderId, "payment_attempt_failed", { kind: payment.kind, event: event.id });
        break;
    }
    return "processed";
  });
}

type Payment = typeof payments.$inferSelect;

async function paymentSucceeded(tx: Tx, payment: Payment, facts: Charged, eventId: string) {
  if (payment.status !== "pending") return;
  if (facts.amountMinor !== payment.amountMinor || facts.currency !== payment.currency) {
    await addOrderEvent(tx, payment.orderId, "payment_amount_mismatch", { expected: payment.amountMinor, currency: payment.currency, got: facts.amountMinor, gotCurrency: facts.currency, event: eventId });
    return;
  }
  await tx.update(payments).set({ status: "succeeded", completedAt: new Date() }).where(eq(payments.id, payment.id));
  if (payment.kind === "shipping") {
    // A shipment's payment writes its events on the shipment and on every order it consolidates.
    if (!(await onShipmentPaid(tx, payment.id))) {
      await addOrderEvent(tx, payment.orderId, "shipping_paid", { amountMinor: payment.amountMinor, currency: payment.currency, event: eventId });
    }
    return;
  }
  await markGoodsPaid(tx, payment.orderId, { amountMinor: payment.amountMinor, currency: payment.currency, event: eventId });
}

/**
 * A paid goods payment (Stripe, the test provider, or a partner's prepaid balance): the order
 * becomes `paid` once, its reservations become sales, and its partner (if any) hears `order.paid`.
 */
export async function markGoodsPaid(tx: Tx, orderId: number, data: { amountMinor: number; currency: string; event?: string; method?: string }): Promise<boolean> {
  const moved = await tx
    .update(orders)
    .set({ status: "paid", paidAt: new Date() })
    .where(and(eq(orders.id, orderId), eq(orders.status, "pending_payment")))
    .returning({ id: orders.id });
  if (moved.length === 0) return false;
  // The reservation becomes a sale.
  const lines = await tx.select({ skuId: orderLines.skuId, listingId: orderLines.listingId, quantity: orderLines.quantity }).from(orderLines).where(eq(orderLines.orderId, orderId));
  for (const line of lines) {
    await tx.update(skus).set({ stock: sql`${skus.stock} - ${line.quantity}`, reserved: sql`${skus.reserved} - ${line.quantity}` }).where(eq(skus.id, line.skuId));
    await tx.update(listings).set({ soldCount: sql`${listings.soldCount} + ${line.quantity}` }).where(eq(listings.id, line.listingId));
  }
  await addOrderEvent(tx, orderId, "paid", data);
  await emitOrderPartnerEvent(tx, orderId, "order.paid", { amount: { amountMinor: data.amountMinor, currency: data.currency }, method: data.method ?? "checkout" });
  return true;
}

/**
 * A payment attempt that is over. A failed one (a delayed method that bounced) leaves the order
 * awaiting payment: the buyer can pay again from the order page. Only an expired goods payment
 * cancels the order and releases its stock, and only when no other attempt is still open or paid.
 */
async function paymentEnded(tx: Tx, payment: Payment, status: "failed" | "expired", eventId: string) {
  if (payment.status !== "pending") return;
  await tx.update(payments).set({ status, completedAt: new Date() }).where(eq(payments.id, payment.id));
  await addOrderEvent(tx, payment.orderId, status === "failed" ? "payment_failed" : "payment_expired", { kind: payment.kind, event: eventId });
  if (payment.kind !== "goods" || status !== "expired") return;
  const [other] = await tx
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.orderId, payment.orderId), eq(payments.kind, "goods"), inArray(payments.status, ["pending", "succeeded"])))
    .limit(1);
  if (other) return;
  const cancelled = await tx
    .update(orders)
    .set({ status: "cancelled" })
    .where(and(eq(orders.id, payment.orderId), eq(orders.status, "pending_payment")))
    .returning({ id: orders.id });
  if (cancelled.length === 0) return;
  const lines = await tx.select({ id: orderLines.id, skuId: orderLines.skuId, quantity: orderLines.quantity }).from(orderLines).where(eq(orderLines.orderId, payment.orderId));
  for (const line of lines) {
    await tx.update(skus).set({ reserved: sql`greatest(${skus.reserved} - ${line.quantity}, 0)` }).where(eq(skus.id, line.skuId));
  }
  await moveOrderLines(tx, lines.map((l) => l.id), "cancelled");
  await addOrderEvent(tx, payment.orderId, "order_cancelled", { reason: "expired", stockReleased: true });
}
