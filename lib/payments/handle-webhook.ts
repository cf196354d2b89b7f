// The webhook's whole job, shared by the HTTP route and the test provider: verify the signature on
// the raw body, then process the event once.
import "server-only";
import type { Db } from "@/db/client";
import { processPaymentEvent, type EventOutcome } from "./process-payment-event";
import { usingTestProvider, webhookSecret } from "./provider";
import { stripeClient } from "./stripe-client";

export class BadSignatureError extends Error {}

export async function handleStripeWebhook(db: Db, rawBody: string, signature: string | null, secret = webhookSecret()): Promise<EventOutcome> {
  if (!signature) throw new BadSignatureError("Missing Stripe-Signature header");
  let event;
  try {
    event = stripeClient().webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    throw new BadSignatureError(error instanceof Error ? error.message : "Bad signature");
  }
  return processPaymentEvent(db, event, usingTestProvider() ? "test" : "stripe");
}
