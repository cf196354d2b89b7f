// Stripe Checkout in the order's currency; amounts are already in the currency's minor unit, which
// for zero-decimal currencies (JPY, KRW, VND) is the whole unit, as Stripe expects.
import "server-only";
import type Stripe from "stripe";
import type { CheckoutRequest, CheckoutSession, PaymentProvider } from "./provider";
import { stripeClient } from "./stripe-client";

// Stripe keeps a Checkout Session open at least 30 minutes; stock stays reserved meanwhile and is
// released by its `checkout.session.expired` event.
const SESSION_MINUTES = 60;

export function stripeProvider(stripe: Stripe = stripeClient()): PaymentProvider {
  return {
    name: "stripe",
    async createCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
      const metadata = { paymentId: String(request.paymentId), orderId: String(request.orderId), kind: request.kind };
      const session = await stripe.checkout.sessions.create(
        {
          mode: "payment",
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: request.currency.toLowerCase(),
                unit_amount: request.amountMinor,
                product_data: { name: request.description },
              },
            },
          ],
          client_reference_id: String(request.paymentId),
          customer_email: request.customerEmail,
          metadata,
          payment_intent_data: { metadata },
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
          expires_at: Math.floor(Date.now() / 1000) + SESSION_MINUTES * 60,
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (!session.url) throw new Error(`Stripe returned no URL for session ${session.id}`);
      return { ref: session.id, url: session.url };
    },
  };
}
