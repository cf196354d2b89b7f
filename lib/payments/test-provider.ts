// The offline payment provider: a page of ours stands in for Stripe Checkout. Its buttons send
// Stripe-shaped events, signed like Stripe's, through the very webhook code real payments use.
import "server-only";
import { randomBytes } from "node:crypto";
import type { CheckoutRequest, CheckoutSession, PaymentProvider } from "./provider";

export const testProvider: PaymentProvider = {
  name: "test",
  async createCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
    return { ref: `cs_test_haozao_${randomBytes(9).toString("hex")}`, url: `/${request.locale}/pay/test/${request.paymentId}` };
  },
};

export type TestOutcome = "paid" | "declined" | "expired";

/** The event Stripe would send for that outcome of a Checkout Session. */
export function testEvent(outcome: TestOutcome, session: { ref: string; amountMinor: number; currency: string; metadata: Record<string, string> }) {
  const type = outcome === "paid" ? "checkout.session.completed" : outcome === "declined" ? "checkout.session.async_payment_failed" : "checkout.session.expired";
  return {
    id: `evt_test_${randomBytes(12).toString("hex")}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: {
      object: {
        id: session.ref,
        object: "checkout.session",
        amount_total: session.amountMinor,
        currency: session.currency.toLowerCase(),
        payment_status: outcome === "paid" ? "paid" : "unpaid",
        status: outcome === "expired" ? "expired" : "complete",
        metadata: session.metadata,
        client_reference_id: session.metadata.paymentId,
      },
    },
  };
}
