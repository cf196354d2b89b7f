// How a payment is collected. Stripe when keys are set; otherwise the clearly labelled test
// provider, whose "payment" is a signed Stripe-shaped event fed to the same webhook code.
import "server-only";
import { randomBytes } from "node:crypto";
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

/**
 * The test provider's signing secret: random per process, never written anywhere. Its events are
 * signed with it and handed to the webhook code in-process (lib/payments/complete-test-payment.ts);
 * the public webhook route does not accept them (it answers 404 without Stripe keys).
 */
export const TEST_WEBHOOK_SECRET = `whsec_test_${randomBytes(24).toString("hex")}`;

/** The configured Stripe signing secret, or null when payments run on the test provider. */
export function stripeWebhookSecret(): string | null {
  if (!env.STRIPE_SECRET_KEY) return null;
  if (!env.STRIPE_WEBHOOK_SECRET) throw new Error("STRIPE_WEBHOOK_SECRET must be set when STRIPE_SECRET_KEY is");
  return env.STRIPE_WEBHOOK_SECRET;
}

/** The secret that webhook signatures are checked with, for the provider in use. */
export function webhookSecret(): string {
  return stripeWebhookSecret() ?? TEST_WEBHOOK_SECRET;
}

export const usingTestProvider = () => !env.STRIPE_SECRET_KEY;

/** Production without Stripe keys: payments are only simulated, said loudly at start and on payment pages. */
export const paymentsInTestMode = () => usingTestProvider();
export const testModeInProduction = () => env.NODE_ENV === "production" && usingTestProvider();
