// The webhook's whole job, shared by the HTTP route and the test provider: verify the signature on
// the raw body, then process the event once.
import "server-only";
import type { Db } from "@/db/client";
import { processPaymentEvent, type EventOutcome } from "./process-payment-event";
import { usingTestProvider, webhookSecret } from "./provider";
import { stripeClient } from "./stripe-client";

export class BadSignatureError extends Error {}

/** Seconds a signature's timestamp may differ from our clock, in the past as in the future. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

function signedAt(signature: string): number | null {
  const t = /(?:^|,)t=(\d{1,12})(?:,|$)/.exec(signature)?.[1];
  return t ? Number(t) : null;
}

export async function handleStripeWebhook(db: Db, rawBody: string, signature: string | null, secret = webhookSecret()): Promise<EventOutcome> {
  if (!signature) throw new BadSignatureError("Missing Stripe-Signature header");
  const t = signedAt(signature);
  if (t === null || Math.abs(Date.now() / 1000 - t) > SIGNATURE_TOLERANCE_SECONDS) throw new BadSignatureError("Timestamp outside the tolerance");
  let event;
  try {
    event = stripeClient().webhooks.constructEvent(rawBody, signature, secret, SIGNATURE_TOLERANCE_SECONDS);
  } catch (error) {
    throw new BadSignatureError(error instanceof Error ? error.message : "Bad signature");
  }
  return processPaymentEvent(db, event, usingTestProvider() ? "test" : "stripe");
}
