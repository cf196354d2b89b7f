// How a payment is collected. Stripe when keys are set; otherwise the clearly labelled test
// provider, whose "payment" is a signed Stripe-shaped event fed to the same webhook code.
import "server-only";
import { env } from "@/lib/env";

export interface CheckoutRequest {
  paymentId: number;
  orderId: number;
  orderNumber: string;
  kind: "goods" | "shipping";
  amountMinor: number;
  currency: string;
  description: string;
  customerEmail: string;
  idempotencyKey: string;
  successUrl: string;
  cancelUrl: string;
  /** Path prefix of the buyer's locale, for the test provider's page. */
  locale: string;
}

export interface CheckoutSession {
  ref: string;
  url: string;
}

export interface PaymentProvider {
  name: "stripe" | "test";
  createCheckout(request: CheckoutRequest): Promise<CheckoutSession>;
}

/** The secret that webhook signatures are checked with, for the provider in use. */
export const TEST_WEBHOOK_SECRET = "whsec_haozao_test_provider_local_only";

export function webhookSecret(): string {
  if (env.STRIPE_SECRET_KEY) {
    if (!env.STRIPE_WEBHOOK_SECRET) throw new Error("STRIPE_WEBHOOK_SECRET must be set when STRIPE_SECRET_KEY is");
    return env.STRIPE_WEBHOOK_SECRET;
  }
  return TEST_WEBHOOK_SECRET;
}

export const usingTestProvider = () => !env.STRIPE_SECRET_KEY;
