// POST /api/stripe/webhook — Stripe's signed payment events (and the test provider's)
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { BadSignatureError, handleStripeWebhook } from "@/lib/payments/handle-webhook";

export async function POST(request: Request) {
  const raw = await request.text();
  try {
    const outcome = await handleStripeWebhook(await getDb(), raw, request.headers.get("stripe-signature"));
    return NextResponse.json({ received: true, outcome });
  } catch (error) {
    if (error instanceof BadSignatureError) return NextResponse.json({ error: "bad_signature" }, { status: 400 });
    throw error;
  }
}
