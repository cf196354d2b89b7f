// The site's public origin: the only source of links that leave the site and come back (mails,
// Stripe's return URLs). Never taken from request headers (Host / X-Forwarded-Host are the
// client's to choose), and the origin of canonical URLs, sitemaps and link previews (lib/seo).
// PUBLIC_URL (SITE_URL is read as an older name of it), else BETTER_AUTH_URL, else
// http://localhost:PORT in development.
import { env } from "@/lib/env";

export function publicOrigin(): string {
  const configured = env.PUBLIC_URL ?? env.SITE_URL ?? env.BETTER_AUTH_URL;
  return configured ? new URL(configured).origin : `http://localhost:${env.PORT}`;
}

/** An absolute link to a path of ours (`/en/reset-password`). */
export function publicLink(path: string): string {
  return `${publicOrigin()}${path.startsWith("/") ? path : `/${path}`}`;
}
