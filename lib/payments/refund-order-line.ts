// Pays back one order line (a purchase-order line the factory could not supply, SPEC 6) through
// the provider that took the goods payment: a partial Stripe refund of the PaymentIntent behind the
// Checkout Session, or the test provider's record. Once per line: the refund's idempotency key is
// the line, and a line already refunded is left alone.
import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { payments, timelineEvents } from "@/db/schema";
import { addOrderEvent } from "@/lib/orders/timeline";
import { emitOrderPartnerEvent } from "@/lib/partners/emit-partner-event";
import { refundToBalance } from "@/lib/partners/refund-to-balance";
import { stripeClient } from "./stripe-client";

export interface LineRefund {
  orderId: number;
  orderLineId: number;
  amountMinor: number;
  currency: string;
}

export async function refundOrderLine(db: Db, refund: LineRefund): Promise<{ ref: string } | null> {
  const done = await db
    .select({ id: timelineEvents.id })
    .from(timelineEvents)
    .where(and(eq(timelineEvents.orderId, refund.orderId), eq(timelineEvents.kind, "line_refunded"), sql`${timelineEvents.data}->>'orderLineId' = ${String(refund.orderLineId)}`));
  if (done.length) return null;
  const [payment] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, refund.orderId), eq(payments.kind, "goods"), eq(payments.status, "succeeded")))
    .orderBy(desc(payments.id))
    .limit(1);
  if (!payment?.providerRef || refund.amountMinor <= 0) return null;

  let ref: string;
  if (payment.provider === "stripe") {
    const stripe = stripeClient();
    const session = await stripe.checkout.sessions.retrieve(payment.providerRef);
    const intent = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
    if (!intent) throw new Error(`Checkout session ${payment.providerRef} has no PaymentIntent to refund`);
    const created = await stripe.refunds.create(
      { payment_intent: intent, amount: refund.amountMinor, metadata: { orderId: String(refund.orderId), orderLineId: String(refund.orderLineId) } },
      { idempotencyKey: `refund-order-line-${refund.orderLineId}` },
    );
    ref = created.id;
  } else {
    ref = payment.provider === "balance" ? `re_balance_line_${refund.orderLineId}` : `re_test_line_${refund.orderLineId}`;
  }
  await db.transaction(async (tx) => {
    if (payment.provider === "balance") await refundToBalance(tx, refund.orderId, refund.amountMinor);
    await addOrderEvent(tx, refund.orderId, "line_refunded", { orderLineId: refund.orderLineId, amountMinor: refund.amountMinor, currency: refund.currency, provider: payment.provider, ref });
    await emitOrderPartnerEvent(tx, refund.orderId, "order.refunded", { orderLineId: refund.orderLineId, amount: { amountMinor: refund.amountMinor, currency: refund.currency } });
  });
  return { ref };
}
