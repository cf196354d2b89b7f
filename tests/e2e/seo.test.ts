// Search engines in ten languages: every public page kind in every locale carries its canonical URL
// (without the currency), hreflang alternates, robots meta, link-preview tags and structured data;
// private pages and 404s are noindex; the sitemap index and its sitemaps validate against the
// sitemap schema and the URLs they list answer 200.
import fs from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { describe, expect, inject, it } from "vitest";
import { locales } from "@/i18n/locales";
import { currencies } from "@/lib/money/currencies";

const baseUrl = inject("baseUrl");
const schemaDir = path.resolve(import.meta.dirname, "../fixtures/sitemap-schema");
const siteindexXsd = fs.readFileSync(path.join(schemaDir, "siteindex.xsd"), "utf8");
const sitemapXsd = fs.readFileSync(path.join(schemaDir, "sitemap.xsd"), "utf8");

const get = (url: string, init?: RequestInit) => fetch(url.startsWith("http") ? url : `${baseUrl}${url}`, { redirect: "manual", ...init });
/** The site's origin as the pages write it (SITE_URL, else localhost:PORT): mapped onto the test server. */
const local = (url: string) => (url.startsWith("/") ? `${baseUrl}${url}` : `${baseUrl}${new URL(url).pathname}${new URL(url).search}`);
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

/** Tags of the document head; `whole` reads the whole HTML (a dynamic page streams its metadata, which React moves into the head). */
function head(html: string, whole = false) {
  const h = whole ? html : html.split("</head>")[0];
  const links = [...h.matchAll(/<link [^>]*>/g)].map((m) => m[0]);
  const metas = [...h.matchAll(/<meta [^>]*>/g)].map((m) => m[0]);
  const meta = (key: string) => metas.filter((m) => attr(m, "name") === key || attr(m, "property") === key).map((m) => attr(m, "content")!.replace(/&amp;/g, "&"));
  return {
    canonical: links.filter((l) => attr(l, "rel") === "canonical").map((l) => attr(l, "href")!),
    alternates: Object.fromEntries(links.filter((l) => attr(l, "rel") === "alternate" && attr(l, "hrefLang")).map((l) => [attr(l, "hrefLang")!, attr(l, "href")!])),
    meta,
  };
}

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((m) => {
    const data = JSON.parse(m[1]);
    return data["@graph"] ? data["@graph"] : [data];
  }) as Record<string, any>[];

async function urlsOf(sitemapUrl: string) {
  const xml = await (await get(local(sitemapUrl))).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
}

async function samplePaths() {
  const [pages, listings, factories] = await Promise.all([urlsOf("/sitemaps/en/pages.xml"), urlsOf("/sitemaps/en/listings-0.xml"), urlsOf("/sitemaps/en/factories-0.xml")]);
  const path = (url: string | undefined) => new URL(url!).pathname.replace(/^\/en/, "");
  return {
    home: "/",
    category: path(pages.find((u) => u.includes("/c/"))),
    listing: path(listings[0]),
    factory: path(factories[0]),
  };
}

const currencySegment = new RegExp(`/(${currencies.join("|")})(/|$)`);

describe("pages to search engines", () => {
  it("gives every public page kind in every locale its canonical URL, alternates, robots, previews and structured data", async () => {
    const paths = await samplePaths();
    const jobs = locales.flatMap((locale) => Object.entries(paths).map(([kind, p]) => ({ locale, kind, path: p })));
    // Four at a time: the first view of each page renders it.
    for (let i = 0; i < jobs.length; i += 4) {
      await Promise.all(
        jobs.slice(i, i + 4).map(async ({ locale, kind, path: p }) => {
          const where = `${kind} ${locale}`;
          const res = await get(`/${locale}${p === "/" ? "" : p}`);
          expect(res.status, where).toBe(200);
          const html = await res.text();
          const { canonical, alternates, meta } = head(html);
          const self = `/${locale}${p === "/" ? "" : p}`;
          expect(canonical.length, where).toBe(1);
          expect(new URL(canonical[0]).pathname, where).toBe(self);
          expect(canonical[0], where).not.toMatch(currencySegment);
          expect(Object.keys(alternates).sort(), where).toEqual([...locales, "x-default"].sort());
          for (const l of locales) expect(new URL(alternates[l]).pathname, where).toBe(`/${l}${p === "/" ? "" : p}`);
          expect(new URL(alternates["x-default"]).pathname, where).toBe(`/en${p === "/" ? "" : p}`);
          expect(meta("robots"), where).toEqual(["index, follow"]);
          expect(meta("og:url"), where).toEqual(canonical);
          expect(meta("og:title")[0], where).toBeTruthy();
          expect(meta("og:image").length, where).toBeGreaterThan(0);
          expect(meta("twitter:card"), where).toEqual(["summary_large_image"]);

          const data = jsonLd(html);
          const types = data.map((d) => d["@type"]);
          if (kind === "home") {
            expect(types, where).toEqual(expect.arrayContaining(["Organization", "WebSite"]));
            const site = data.find((d) => d["@type"] === "WebSite")!;
            expect(site.potentialAction["@type"]).toBe("SearchAction");
            expect(site.potentialAction.target.urlTemplate).toContain(`/${locale}/search?q={search_term_string}`);
            expect(site.potentialAction["query-input"]).toBe("required name=search_term_string");
          }
          if (kind === "category" || kind === "listing" || kind === "factory") {
            const crumbs = data.find((d) => d["@type"] === "BreadcrumbList");
            expect(crumbs, where).toBeTruthy();
            expect(crumbs!.itemListElement.map((e: { position: number }) => e.position)).toEqual(crumbs!.itemListElement.map((_: unknown, i: number) => i + 1));
            expect(new URL(crumbs!.itemListElement.at(-1).item).pathname, where).toBe(self);
          }
          if (kind === "listing") {
            const product = data.find((d) => d["@type"] === "Product")!;
            expect(product, where).toBeTruthy();
            const offer = product.offers;
            expect(offer["@type"]).toBe("AggregateOffer");
            expect(offer.priceCurrency).toMatch(/^[A-Z]{3}$/);
            expect(Number(offer.lowPrice)).toBeGreaterThan(0);
            expect(Number(offer.highPrice)).toBeGreaterThanOrEqual(Number(offer.lowPrice));
            expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/);
            expect(offer.eligibleQuantity["@type"]).toBe("QuantitativeValue");
            expect(offer.eligibleQuantity.minValue).toBeGreaterThan(0);
            expect(offer.seller["@type"]).toBe("Organization");
            expect(offer.seller.url).toMatch(/\/f\/\d+$/);
            // The MOQ shown on the page is the one search engines are told.
            expect(html).toContain(`data-testid="listing-moq">${offer.eligibleQuantity.minValue} `);
          }
          if (kind === "factory") expect(types, where).toContain("Organization");
        }),
      );
    }
  }, 300_000);

  it("prices the Product offer in the page's currency and keeps the currency out of the canonical URL", async () => {
    const { listing } = await samplePaths();
    const yen = await (await get(`/ja${listing}`, { headers: { cookie: "HZ_CURRENCY=JPY" } })).text();
    const offer = jsonLd(yen).find((d) => d["@type"] === "Product")!.offers;
    const canonical = head(yen).canonical[0];
    expect(canonical).not.toMatch(currencySegment);
    expect(offer.priceCurrency).toBe("JPY");
    expect(offer.lowPrice).toMatch(/^\d+$/); // no minor unit
  });

  it("keeps search results, cart, checkout, account and portals out of the index, and answers 404 with noindex", async () => {
    for (const p of ["/en/search?q=cup", "/ar/search?q=cup", "/en/cart", "/en/sign-in", "/ar/sign-up"]) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(head(await res.text(), true).meta("robots")[0], p).toMatch(/noindex/);
    }
    // Checkout, account and the portals send a visitor to sign in (itself noindex).
    for (const p of ["/en/checkout", "/en/account", "/en/orders", "/zh/factory", "/zh/factory-onboarding", "/en/agent/orders", "/en/admin/factories"]) {
      const res = await get(p);
      if (res.status === 200) expect(head(await res.text(), true).meta("robots")[0], p).toMatch(/noindex/);
      else expect([302, 303, 307, 308], p).toContain(res.status);
    }
    for (const p of ["/en/p/99999999", "/ar/c/no-such-category", "/zh/f/99999999", "/en/no/such/page"]) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      const html = await res.text();
      expect(head(html, true).meta("robots")[0] ?? "", p).toMatch(/noindex/);
      expect(head(html, true).canonical, p).toEqual([]);
    }
  });

  it("serves a preview image per listing and factory", async () => {
    const { listing, factory } = await samplePaths();
    for (const p of [`/ar${listing}`, `/zh${factory}`]) {
      const image = head(await (await get(p)).text()).meta("og:image")[0];
      expect(image).toMatch(/\/api\/og\//);
      const res = await get(local(image));
      expect(res.status, image).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      const png = Buffer.from(await res.arrayBuffer());
      expect(png.readUInt32BE(16)).toBe(1200); // IHDR width
      expect(png.readUInt32BE(20)).toBe(630); // IHDR height
    }
    expect((await get("/api/og/en/USD/p/99999999")).status).toBe(404);
  });
});

describe("sitemaps and robots.txt", () => {
  it("publishes a sitemap index that validates, whose sitemaps validate, hold at most 50,000 URLs and list pages that answer 200", async () => {
    const res = await get("/sitemap.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/xml/);
    const index = await res.text();
    const indexCheck = await validateXML({ xml: [{ fileName: "sitemap.xml", contents: index }], schema: [siteindexXsd] });
    expect(indexCheck.errors).toEqual([]);
    expect(indexCheck.valid).toBe(true);
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const locale of locales) {
      for (const kind of ["pages.xml", "listings-0.xml", "factories-0.xml"]) expect(sitemaps.some((s) => s.endsWith(`/sitemaps/${locale}/${kind}`)), `${locale} ${kind}`).toBe(true);
    }
    expect(index).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/);

    const sample = sitemaps.filter((s) => /\/(en|ar|zh)\//.test(s));
    const urls: string[] = [];
    for (const sitemap of sample) {
      const xml = await (await get(local(sitemap))).text();
      const check = await validateXML({ xml: [{ fileName: "sitemap.xml", contents: xml }], schema: [sitemapXsd] });
      expect(check.errors, sitemap).toEqual([]);
      const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      expect(locs.length).toBeGreaterThan(0);
      expect(locs.length).toBeLessThanOrEqual(50_000);
      expect(xml.match(/<lastmod>/g)?.length, sitemap).toBe(locs.length);
      for (const loc of locs) expect(loc, sitemap).not.toMatch(currencySegment);
      urls.push(...locs);
    }
    // Every URL of a sample answers 200 (a spread over the files: first, last and every 37th).
    const picked = urls.filter((_, i) => i === 0 || i === urls.length - 1 || i % 37 === 0);
    for (let i = 0; i < picked.length; i += 4) {
      const statuses = await Promise.all(picked.slice(i, i + 4).map(async (u) => [u, (await get(local(u))).status] as const));
      for (const [u, status] of statuses) expect(status, u).toBe(200);
    }
    expect((await get("/sitemaps/en/listings-9999.xml")).status).toBe(404);
    expect((await get("/sitemaps/xx/pages.xml")).status).toBe(404);
  }, 300_000);

  it("names the sitemap in robots.txt and keeps crawlers out of private paths", async () => {
    const res = await get("/robots.txt");
    expect(res.status).toBe(200);
    const robots = await res.text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
    for (const p of ["cart", "checkout", "account", "orders", "factory", "agent", "admin"]) expect(robots).toContain(`Disallow: /*/${p}/`);
    expect(robots).toContain("Disallow: /api/");
    expect(robots).toContain("Allow: /api/og/");
    expect(robots).not.toMatch(/Disallow: \/\*\/(p|c|f)\//);
  });

  it("serves the icons and the web manifest", async () => {
    for (const [p, type] of [["/favicon.ico", /icon/], ["/icon.svg", /svg/], ["/icon-192.png", /png/], ["/icon-512.png", /png/], ["/apple-touch-icon.png", /png/]] as const) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get("content-type"), p).toMatch(type);
    }
    const manifest = await (await get("/manifest.webmanifest")).json();
    expect(manifest.name).toBe("Haozao");
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    const home = await (await get("/en")).text();
    expect(home).toContain('rel="manifest" href="/manifest.webmanifest"');
    expect(home).toContain('rel="icon" href="/favicon.ico"');
  });
});
