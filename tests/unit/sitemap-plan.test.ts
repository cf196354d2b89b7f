// How sitemaps are cut and written: at most 50,000 URLs a file, files named per locale and kind.
import { describe, expect, it } from "vitest";
import { chunkRange, parseSitemapFile, SITEMAP_MAX_URLS, sitemapIndexXml, sitemapPath, urlEntry } from "@/lib/seo/sitemap-plan";

describe("sitemap files", () => {
  it("round-trips file names and refuses anything else", () => {
    for (const f of [{ locale: "ar", kind: "pages", chunk: 0 }, { locale: "zh", kind: "listings", chunk: 2599 }, { locale: "en", kind: "factories", chunk: 3 }] as const) {
      const [, , locale, file] = sitemapPath(f).split("/");
      expect(parseSitemapFile(locale, file)).toEqual(f);
    }
    for (const [locale, file] of [["xx", "pages.xml"], ["en", "listings.xml"], ["en", "listings-01.xml"], ["en", "orders-0.xml"], ["en", "listings-0.xml.gz"], ["en", "../pages.xml"]]) {
      expect(parseSitemapFile(locale, file)).toBeNull();
    }
  });

  it("gives each file an id range of 50,000, so no file can exceed the protocol's limit", () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    expect(chunkRange(0)).toEqual({ from: 0, to: 50_000 });
    expect(chunkRange(2599)).toEqual({ from: 129_950_000, to: 130_000_000 });
  });

  it("escapes URLs and writes W3C dates", () => {
    expect(urlEntry("https://h/en/c/a&b", new Date("2026-01-02T03:04:05Z"))).toBe("<url><loc>https://h/en/c/a&amp;b</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod></url>\n");
    const xml = sitemapIndexXml([{ loc: "https://h/sitemaps/en/pages.xml", lastmod: null }]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<sitemap><loc>https://h/sitemaps/en/pages.xml</loc></sitemap>");
  });
});
