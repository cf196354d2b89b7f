// How the sitemaps are cut: per locale and per kind, each file at most 50,000 URLs (the protocol's
// limit). Listings and factories are cut by id range (ids are unique, so a range of 50,000 ids
// never holds more than 50,000 URLs), which lets a file be read with one keyset range scan of the
// primary key. Pure: used by the route handlers and the tests.
import { isLocale, type Locale } from "@/i18n/locales";

export const SITEMAP_MAX_URLS = 50_000;
export type SitemapKind = "pages" | "listings" | "factories";

export interface SitemapFile {
  locale: Locale;
  kind: SitemapKind;
  /** The id range [chunk * 50,000, (chunk + 1) * 50,000) for listings and factories; 0 for pages. */
  chunk: number;
}

export const sitemapFileName = (f: SitemapFile) => (f.kind === "pages" ? "pages.xml" : `${f.kind}-${f.chunk}.xml`);
export const sitemapPath = (f: SitemapFile) => `/sitemaps/${f.locale}/${sitemapFileName(f)}`;

export function parseSitemapFile(locale: string, file: string): SitemapFile | null {
  if (!isLocale(locale)) return null;
  if (file === "pages.xml") return { locale, kind: "pages", chunk: 0 };
  const match = /^(listings|factories)-(0|[1-9]\d{0,6})\.xml$/.exec(file);
  return match ? { locale, kind: match[1] as SitemapKind, chunk: Number(match[2]) } : null;
}

export const chunkRange = (chunk: number) => ({ from: chunk * SITEMAP_MAX_URLS, to: (chunk + 1) * SITEMAP_MAX_URLS });

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
const w3cDate = (d: Date | string) => new Date(d).toISOString();

export const SITEMAP_XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
export const urlsetOpen = `${SITEMAP_XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`;
export const urlsetClose = "</urlset>\n";
export const urlEntry = (loc: string, lastmod?: Date | string | null) =>
  `<url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${w3cDate(lastmod)}</lastmod>` : ""}</url>\n`;

export function sitemapIndexXml(entries: { loc: string; lastmod?: Date | string | null }[]): string {
  const body = entries
    .map((e) => `<sitemap><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${w3cDate(e.lastmod)}</lastmod>` : ""}</sitemap>\n`)
    .join("");
  return `${SITEMAP_XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}</sitemapindex>\n`;
}
