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

/**
 * The event Stripe would send for that outcome of a Checkout Session. A declined card is what
 * Stripe reports as `payment_intent.payment_failed`: the session stays open and the buyer may try
 * again; only the session's expiry ends it.
 */
export function testEvent(outcome: TestOutcome, session: { ref: string; amountMinor: number; currency: string; metadata: Record<string, string> }) {
  const envelope = { id: `evt_test_${randomBytes(12).toString("hex")}`, object: "event", created: Math.floor(Date.now() / 1000), livemode: false };
  if (outcome === "declined") {
    return {
      ...envelope,
      type: "payment_intent.payment_failed",
      data: {
        object: {
          id: `pi_test_${session.ref.slice(-18)}`,
          object: "payment_intent",
          amount: session.amountMinor,
          currency: session.currency.toLowerCase(),
          status: "requires_payment_method",
          last_payment_error: { type: "card_error", code: "card_declined", decline_code: "generic_decline" },
          metadata: session.metadata,
        },
      },
    };
  }
  return {
    ...envelope,
    type: outcome === "paid" ? "checkout.session.completed" : "checkout.session.expired",
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
