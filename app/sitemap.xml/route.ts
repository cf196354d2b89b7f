// GET /sitemap.xml — the index of the per-locale, per-kind sitemaps (see lib/seo/sitemap-plan.ts).
import { routeHandler } from "@/lib/gate/next";
import { readSitemapIndexOp } from "@/lib/seo/read-sitemap-index";

export const dynamic = "force-dynamic"; // never prerendered at build: it reads the database

export const GET = routeHandler(readSitemapIndexOp, {
  input: () => ({}),
  respond: (xml) => new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } }),
});
