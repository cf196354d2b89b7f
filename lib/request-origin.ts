// The origin the browser used, for links that leave the site and come back (Stripe's return URL,
// the password-reset link). Behind a proxy, its X-Forwarded-* headers win.
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

export async function requestOrigin(): Promise<string> {
  if (env.BETTER_AUTH_URL) return new URL(env.BETTER_AUTH_URL).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}
