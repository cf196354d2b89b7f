// One Stripe client per process. Tests point it at a local HTTP server (host/port/protocol).
import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";

let client: Stripe | undefined;

export function stripeClient(secretKey = env.STRIPE_SECRET_KEY ?? "sk_test_offline_signature_only"): Stripe {
  if (client && secretKey === env.STRIPE_SECRET_KEY) return client;
  const created = new Stripe(secretKey, {
    host: env.STRIPE_API_HOST,
    port: env.STRIPE_API_PORT,
    protocol: env.STRIPE_API_PROTOCOL,
    maxNetworkRetries: 2,
    appInfo: { name: "Haozao" },
  });
  if (secretKey === env.STRIPE_SECRET_KEY) client = created;
  return created;
}
