// At server start: a production server without Stripe keys says loudly that payments are only
// simulated (the test provider); every payment page says it too (components/payments/test-mode-banner.tsx).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  if (env.NODE_ENV === "production" && !env.STRIPE_SECRET_KEY) {
    const line = "!".repeat(78);
    console.warn(`${line}\n  PAYMENTS ARE IN TEST MODE: no STRIPE_SECRET_KEY is set, so checkout uses the test\n  payment provider and no money moves. Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET.\n${line}`);
  }
}
