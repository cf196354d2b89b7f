// POST /api/stripe/webhook — Stripe's signed payment events. Only with Stripe keys: the test
// provider's events never come over HTTP (they are handed to the same code in-process), so
// without keys this answers 404 and nothing can be forged.
import { requestDb as getDb } from "@/lib/gate/next";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { gatedRoute } from "@/lib/gate/next";
import { BadSignatureError, handleStripeWebhook } from "@/lib/payments/handle-webhook";
import { stripeWebhookSecret } from "@/lib/payments/provider";

export const POST = gatedRoute("payments.stripeWebhook", async (request) => {
  const secret = stripeWebhookSecret();
  if (!secret) throw new NotFoundError("route", "stripe webhook");
  const raw = await request.text();
  try {
    const outcome = await handleStripeWebhook(await getDb(), raw, request.headers.get("stripe-signature"), secret);
    return Response.json({ received: true, outcome });
  } catch (error) {
    if (error instanceof BadSignatureError) throw new ValidationError([{ path: ["stripe-signature"], key: "invalid" }]);
    throw error;
  }
});
