// The Checkout link of a partner's order: the test provider's sandbox for test orders (never
// charged), Stripe Checkout for live ones (refused while the site runs without Stripe keys).
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { orders } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { startPayment } from "@/lib/orders/start-payment";
import { usingTestProvider } from "@/lib/payments/provider";
import { stripeProvider } from "@/lib/payments/stripe-provider";
import { testProvider } from "@/lib/payments/test-provider";
import { checkoutRefusal } from "./checkout-refusal";

export async function startPartnerPayment(db: Db, partnerId: number, orderId: number, options: { locale: string; returnUrl: string }) {
  const [order] = await db.select({ test: orders.test, buyerId: orders.buyerId, status: orders.status }).from(orders).where(and(eq(orders.id, orderId), eq(orders.partnerId, partnerId)));
  if (!order) throw new NotFoundError("order", orderId);
  if (order.status !== "pending_payment") throw new ConflictError("partnerNotPayable");
  if (!order.test && usingTestProvider()) throw new ConflictError("partnerLiveUnavailable");
  try {
    return await startPayment(db, order.test ? testProvider : stripeProvider(), { buyerId: order.buyerId, orderId, kind: "goods", locale: options.locale, returnUrl: options.returnUrl });
  } catch (error) {
    throw checkoutRefusal(error);
  }
}
