// Structured data and head metadata of public pages, as search engines read them.
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { publicPageMetadata, shortDescription } from "@/lib/seo/public-metadata";
import { breadcrumbList, homeGraph, productData, type ProductFacts } from "@/lib/seo/structured-data";

const factory = { id: 7, name: "Yiwu Star Daily Goods Co., Ltd.", city: "Yiwu", province: "Zhejiang", foundedYear: 2009 };
const product: ProductFacts = {
  id: 42,
  name: "Ceramic mug",
  description: "A mug",
  photoKeys: ["photos/a", "photos/b"],
  category: "Cups",
  unit: "piece",
  moq: 50,
  tierPricesFen: [1250, 1100, 980],
  available: 120,
  skuCount: 6,
  factory,
};

describe("Product structured data", () => {
  it("offers the low and high tier price in the page's currency, with stock and the MOQ", () => {
    const data = productData("en", "CNY", "1", product) as any;
    expect(data["@type"]).toBe("Product");
    expect(data.url).toMatch(/\/en\/p\/42$/);
    expect(data.image).toHaveLength(2);
    expect(data.offers).toMatchObject({
      "@type": "AggregateOffer",
      priceCurrency: "CNY",
      lowPrice: "9.80",
      highPrice: "12.50",
      availability: "https://schema.org/InStock",
      eligibleQuantity: { "@type": "QuantitativeValue", minValue: 50, unitCode: "H87" },
    });
    expect(data.offers.seller).toMatchObject({ "@type": "Organization", name: factory.name, address: { addressCountry: "CN", addressLocality: "Yiwu" } });
    expect(data.offers.seller.url).toMatch(/\/en\/f\/7$/);
  });

  it("converts with the rate and respects zero-decimal currencies", () => {
    const yen = productData("ja", "JPY", "20.5", product) as any;
    expect(yen.offers.priceCurrency).toBe("JPY");
    expect(yen.offers.lowPrice).toBe("201"); // 9.80 CNY x 20.5 = 200.9 -> 201, no minor unit
    expect(yen.offers.highPrice).toBe("256"); // 12.50 x 20.5 = 256.25
    const dollars = productData("en", "USD", "0.138912", product) as any;
    expect(dollars.offers.lowPrice).toBe("1.36");
    expect(dollars.offers.highPrice).toBe("1.74");
  });

  it("says out of stock when no SKU has units left", () => {
    expect((productData("en", "USD", "0.14", { ...product, available: 0 }) as any).offers.availability).toBe("https://schema.org/OutOfStock");
  });
});

describe("home and breadcrumbs", () => {
  it("declares the organisation and a site search in the page's language", () => {
    const graph = homeGraph("ar", "desc") as any;
    const types = graph["@graph"].map((n: { "@type": string }) => n["@type"]);
    expect(types).toEqual(["Organization", "WebSite"]);
    const site = graph["@graph"][1];
    expect(site.inLanguage).toBe("ar");
    expect(site.potentialAction.target.urlTemplate).toMatch(/\/ar\/search\?q=\{search_term_string\}$/);
    expect(site.potentialAction["query-input"]).toBe("required name=search_term_string");
  });

  it("numbers breadcrumb items from 1 with absolute URLs", () => {
    const list = breadcrumbList("zh", [{ name: "首页", path: "/" }, { name: "杯子", path: "/c/cups" }, { name: "马克杯" }]) as any;
    expect(list.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
    expect(list.itemListElement[1].item).toMatch(/^https?:\/\/[^/]+\/zh\/c\/cups$/);
    expect(list.itemListElement[2].item).toBeUndefined();
  });
});

describe("public page metadata", () => {
  it("has a canonical URL without currency, ten alternates plus x-default, robots and previews", () => {
    const m = publicPageMetadata({ locale: "fr", path: "/c/cups", title: "Tasses", description: "d", siteName: "Haozao" }) as any;
    expect(m.alternates.canonical).toMatch(/\/fr\/c\/cups$/);
    expect(Object.keys(m.alternates.languages)).toEqual([...locales, "x-default"]);
    expect(m.alternates.languages["x-default"]).toMatch(/\/en\/c\/cups$/);
    expect(m.robots).toEqual({ index: true, follow: true });
    expect(m.openGraph.locale).toBe("fr_FR");
    expect(m.openGraph.url).toBe(m.alternates.canonical);
    expect(m.twitter.card).toBe("summary_large_image");
  });

  it("keeps the page number of a paginated page in canonical and alternates", () => {
    const m = publicPageMetadata({ locale: "en", path: "/f/3", canonicalQuery: "page=2", title: "t", description: "d", siteName: "Haozao" }) as any;
    expect(m.alternates.canonical).toMatch(/\/en\/f\/3\?page=2$/);
    expect(m.alternates.languages.vi).toMatch(/\/vi\/f\/3\?page=2$/);
  });

  it("cuts descriptions at a word near 160 characters", () => {
    const text = "word ".repeat(60);
    const short = shortDescription(text);
    expect(short.length).toBeLessThanOrEqual(160);
    expect(short.endsWith("word…")).toBe(true);
    expect(shortDescription("  short\n text ")).toBe("short text");
  });
});
