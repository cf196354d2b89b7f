import "server-only";
import type { PaymentProvider } from "./provider";
import { usingTestProvider } from "./provider";
import { stripeProvider } from "./stripe-provider";
import { testProvider } from "./test-provider";

/** Stripe when STRIPE_SECRET_KEY is set, else the test provider. */
export const activePaymentProvider = (): PaymentProvider => (usingTestProvider() ? testProvider : stripeProvider());
