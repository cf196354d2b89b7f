// The site's origin for links that leave the site and come back (Stripe's return URL): the
// configured public URL, never the request's Host or X-Forwarded-* headers (see lib/public-url.ts).
import "server-only";
import { publicOrigin } from "@/lib/public-url";

export async function requestOrigin(): Promise<string> {
  return publicOrigin();
}
