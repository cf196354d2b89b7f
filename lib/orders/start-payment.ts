// Opens (or resumes) the payment of an order's goods or its shipping: one payments row per attempt,
// with an idempotency key that Stripe also receives, so a retried request never makes a second
// session. The provider is called outside any transaction.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, payments, users } from "@/db/schema";
import type { PaymentProvider } from "@/lib/payments/provider";
import { CheckoutError, NotFoundError } from "./errors";
import { addOrderEvent } from "./timeline";

export interface StartPaymentInput {
  buyerId: number;
  orderId: number;
  kind: "goods" | "shipping";
  locale: string;
  /** Absolute URL of the order page, where Stripe sends the buyer back. */
  returnUrl: string;
}

export async function startPayment(db: Db, provider: PaymentProvider, input: StartPaymentInput): Promise<{ url: string; paymentId: number }> {
  const [row] = await db
    .select({ order: orders, email: users.email })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.buyerId))
    .where(and(eq(orders.id, input.orderId), eq(orders.buyerId, input.buyerId)));
  if (!row) throw new NotFoundError("order", input.orderId);
  const { order } = row;

  const attempts = await db
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, order.id), eq(payments.kind, input.kind)))
    .orderBy(desc(payments.id));
  const open = attempts.find((p) => p.status === "pending");
  if (open?.checkoutUrl) return { url: open.checkoutUrl, paymentId: open.id };

  let amountMinor: number;
  if (input.kind === "goods") {
    if (order.status !== "pending_payment") throw new CheckoutError("notPayable");
    amountMinor = order.firstPaymentMinor;
  } else {
    // The shipping payment exists once the agent has weighed the parcel (request-shipping-payment.ts).
    if (!open) throw new CheckoutError("notPayable");
    amountMinor = open.amountMinor;
  }

  const payment =
    open ??
    (
      await db
        .insert(payments)
        .values({
          orderId: order.id,
          kind: input.kind,
          provider: provider.name,
          idempotencyKey: `order-${order.id}-${input.kind}-${attempts.length + 1}`,
          amountMinor,
          currency: order.currency,
        })
        .returning()
    )[0];

  const session = await provider.createCheckout({
    paymentId: payment.id,
    orderId: order.id,
    orderNumber: order.number,
    kind: input.kind,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    description: `Haozao ${order.number} — ${input.kind === "goods" ? "goods, service fee, domestic shipping" : "international shipping"}`,
    customerEmail: row.email,
    idempotencyKey: payment.idempotencyKey,
    successUrl: `${input.returnUrl}?paid=1`,
    cancelUrl: input.returnUrl,
    locale: input.locale,
  });
  await db.update(payments).set({ provider: provider.name, providerRef: session.ref, checkoutUrl: session.url }).where(eq(payments.id, payment.id));
  await addOrderEvent(db, order.id, "payment_started", { kind: input.kind, provider: provider.name, amountMinor: payment.amountMinor, currency: payment.currency });
  return { url: session.url, paymentId: payment.id };
}
