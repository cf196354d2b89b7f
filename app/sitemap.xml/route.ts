// GET /sitemap.xml — the index of the per-locale, per-kind sitemaps (see lib/seo/sitemap-plan.ts).
import { locales } from "@/i18n/locales";
import { cachedSitemapChunks } from "@/lib/seo/cached-sitemap";
import { sitemapIndexXml, sitemapPath } from "@/lib/seo/sitemap-plan";
import { absoluteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic"; // never prerendered at build: it reads the database

export async function GET() {
  const chunks = await cachedSitemapChunks();
  const entries = locales.flatMap((locale) => [
    { loc: absoluteUrl(sitemapPath({ locale, kind: "pages", chunk: 0 })), lastmod: chunks.catalogLastmod },
    ...chunks.listings.map((c) => ({ loc: absoluteUrl(sitemapPath({ locale, kind: "listings", chunk: c.chunk })), lastmod: c.lastmod })),
    ...chunks.factories.map((c) => ({ loc: absoluteUrl(sitemapPath({ locale, kind: "factories", chunk: c.chunk })), lastmod: c.lastmod })),
  ]);
  return new Response(sitemapIndexXml(entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
