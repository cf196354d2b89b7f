// The client's address for rate limits, as seen through the configured trusted proxies: the
// X-Forwarded-For chain is read from the right, skipping addresses of our own proxies, so a
// client cannot choose its own key by sending the header. With no trusted proxies (the default)
// only the hop next to the server counts.
import { env } from "@/lib/env";

const trusted = new Set((env.TRUSTED_PROXIES ?? "").split(",").map((s) => s.trim()).filter(Boolean));

export function clientAddress(headers: Headers): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!trusted.has(chain[i])) return chain[i].slice(0, 64);
  }
  return chain[0]?.slice(0, 64) ?? "local";
}
