// A top-up of a partner's balance. Test mode: the sandbox credits it at once (never charged). Live
// mode: a Stripe Checkout Session whose signed webhook (metadata.topupId) credits it, once.
import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { partnerTopups } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import type { Currency } from "@/lib/money/currencies";
import { usingTestProvider } from "@/lib/payments/provider";
import { stripeClient } from "@/lib/payments/stripe-client";
import { creditTopup } from "./credit-balance";

export async function createTopup(db: Db, partnerId: number, input: { mode: "test" | "live"; currency: Currency; amountMinor: number; returnUrl: string }) {
  if (input.mode === "live" && usingTestProvider()) throw new ConflictError("partnerLiveUnavailable");
  const [topup] = await db
    .insert(partnerTopups)
    .values({ partnerId, mode: input.mode, currency: input.currency, amountMinor: input.amountMinor, provider: input.mode === "test" ? "sandbox" : "stripe" })
    .returning();
  if (input.mode === "test") {
    await db.transaction((tx) => creditTopup(tx, topup.id));
    return { topupId: topup.id, checkoutUrl: null };
  }
  const session = await stripeClient().checkout.sessions.create(
    {
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: input.currency.toLowerCase(), unit_amount: input.amountMinor, product_data: { name: "Haozao partner balance top-up" } } }],
      metadata: { topupId: String(topup.id) },
      payment_intent_data: { metadata: { topupId: String(topup.id) } },
      success_url: `${input.returnUrl}?topup=${topup.id}`,
      cancel_url: input.returnUrl,
    },
    { idempotencyKey: `partner-topup-${topup.id}` },
  );
  await db.update(partnerTopups).set({ providerRef: session.id, checkoutUrl: session.url }).where(eq(partnerTopups.id, topup.id));
  return { topupId: topup.id, checkoutUrl: session.url };
}
