// The test provider's "Pay" / "Decline" / "Let it expire" buttons: a Stripe-shaped event, signed with
// the test webhook secret by Stripe's own helper, handed to the same webhook handler.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, payments } from "@/db/schema";
import { z } from "zod";
import { NotFoundError } from "@/lib/orders/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { handleStripeWebhook } from "./handle-webhook";
import { TEST_WEBHOOK_SECRET, usingTestProvider } from "./provider";
import { stripeClient } from "./stripe-client";
import { testEvent, type TestOutcome } from "./test-provider";

export async function findTestPayment(db: Db, paymentId: number, buyerId: number) {
  const [row] = await db
    .select({ payment: payments, order: orders })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(eq(payments.id, paymentId), eq(orders.buyerId, buyerId), eq(payments.provider, "test")));
  return row ?? null;
}

export async function completeTestPayment(db: Db, paymentId: number, buyerId: number, outcome: TestOutcome) {
  if (!usingTestProvider()) throw new NotFoundError("test payment", paymentId);
  const row = await findTestPayment(db, paymentId, buyerId);
  if (!row?.payment.providerRef) throw new NotFoundError("payment", paymentId);
  const event = testEvent(outcome, {
    ref: row.payment.providerRef,
    amountMinor: row.payment.amountMinor,
    currency: row.payment.currency,
    metadata: { paymentId: String(row.payment.id), orderId: String(row.order.id), kind: row.payment.kind },
  });
  const payload = JSON.stringify(event);
  // Signed with this process's random secret and handed to the webhook code in-process: the
  // public webhook route never accepts test events.
  const header = stripeClient().webhooks.generateTestHeaderString({ payload, secret: TEST_WEBHOOK_SECRET });
  await handleStripeWebhook(db, payload, header, TEST_WEBHOOK_SECRET);
  return row.order;
}

/** The test payment page's buttons: only the buyer's own pending test payment, only without Stripe keys. */
export const completeTestPaymentOp = defineOperation({
  name: "payments.completeTest",
  access: access.user,
  input: z.object({ paymentId: zId, outcome: z.enum(["paid", "declined", "expired"]) }),
  run: async ({ db, caller }, { paymentId, outcome }) => {
    const order = await completeTestPayment(db, paymentId, caller.user.id, outcome);
    return { orderNumber: order.number };
  },
});
