// GET /robots.txt — names the sitemap index and keeps crawlers out of private pages. Search results
// are not disallowed here but carry `noindex` (a disallowed page's noindex would never be read).
import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo/site-url";

const PRIVATE = ["cart", "checkout", "account", "orders", "pay", "rfq", "rfqs", "factory", "factory-onboarding", "factory-invitations", "agent", "admin", "sign-in", "sign-up", "forgot-password", "reset-password"];

// The origin comes from the environment at run time, not at build.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: ["/", "/api/og/"],
        disallow: ["/api/", ...PRIVATE.map((p) => `/*/${p}$`), ...PRIVATE.map((p) => `/*/${p}/`)],
      },
    ],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
