// The sandbox of test keys: the partner says how the payment of a test order ends (paid, declined,
// expired) and a Stripe-shaped event, signed with the test secret, goes through the same webhook
// code as real payments. Live orders are never touched here.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { orders, payments } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { handleStripeWebhook } from "@/lib/payments/handle-webhook";
import { TEST_WEBHOOK_SECRET } from "@/lib/payments/provider";
import { stripeClient } from "@/lib/payments/stripe-client";
import { testEvent, type TestOutcome } from "@/lib/payments/test-provider";
import { startPartnerPayment } from "./start-partner-payment";

export async function completeSandboxPayment(db: Db, partnerId: number, orderId: number, outcome: TestOutcome, options: { locale: string; returnUrl: string }) {
  const [order] = await db.select({ test: orders.test, status: orders.status }).from(orders).where(and(eq(orders.id, orderId), eq(orders.partnerId, partnerId)));
  if (!order) throw new NotFoundError("order", orderId);
  if (!order.test) throw new ConflictError("partnerSandboxOnly");
  if (order.status !== "pending_payment") throw new ConflictError("partnerNotPayable");
  await startPartnerPayment(db, partnerId, orderId, options);
  const [payment] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), eq(payments.kind, "goods"), eq(payments.provider, "test"), eq(payments.status, "pending")))
    .orderBy(desc(payments.id))
    .limit(1);
  if (!payment?.providerRef) throw new ConflictError("partnerNotPayable");
  const event = testEvent(outcome, {
    ref: payment.providerRef,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    metadata: { paymentId: String(payment.id), orderId: String(orderId), kind: "goods" },
  });
  const payload = JSON.stringify(event);
  const header = stripeClient().webhooks.generateTestHeaderString({ payload, secret: TEST_WEBHOOK_SECRET });
  await handleStripeWebhook(db, payload, header, TEST_WEBHOOK_SECRET);
}
