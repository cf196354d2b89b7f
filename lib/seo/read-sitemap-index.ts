import "server-only";
// The sitemap index: for every locale, its pages sitemap and one sitemap per non-empty id range of
// listings and of factories.
import { z } from "zod";
import { access, defineOperation } from "@/lib/gate";
import { locales } from "@/i18n/locales";
import { cachedSitemapChunks } from "./cached-sitemap";
import { sitemapIndexXml, sitemapPath } from "./sitemap-plan";
import { absoluteUrl } from "./site-url";

export async function readSitemapIndex(): Promise<string> {
  const chunks = await cachedSitemapChunks();
  const entries = locales.flatMap((locale) => [
    { loc: absoluteUrl(sitemapPath({ locale, kind: "pages", chunk: 0 })), lastmod: chunks.catalogLastmod },
    ...chunks.listings.map((c) => ({ loc: absoluteUrl(sitemapPath({ locale, kind: "listings", chunk: c.chunk })), lastmod: c.lastmod })),
    ...chunks.factories.map((c) => ({ loc: absoluteUrl(sitemapPath({ locale, kind: "factories", chunk: c.chunk })), lastmod: c.lastmod })),
  ]);
  return sitemapIndexXml(entries);
}

export const readSitemapIndexOp = defineOperation({
  name: "seo.sitemapIndex",
  access: access.public,
  input: z.object({}),
  run: () => readSitemapIndex(),
});
