// GET /sitemaps/<locale>/<kind>[-<chunk>].xml — one sitemap of at most 50,000 URLs, streamed from
// the database batch by batch (lib/seo/read-sitemap.ts).
import { routeHandler } from "@/lib/gate/next";
import { readSitemapOp } from "@/lib/seo/read-sitemap";

export const dynamic = "force-dynamic";

export const GET = routeHandler(readSitemapOp, {
  input: (_request, params) => params,
  respond: (stream) => new Response(stream, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } }),
});
