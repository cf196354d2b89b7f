// schema.org structured data of the public pages, typed with schema-dts. Pure builders: the pages
// pass what they already loaded, the tests call them directly.
import type { BreadcrumbList, Graph, ListItem, Organization, Product, SearchAction, WebSite } from "schema-dts";
import type { Locale } from "@/i18n/locales";
import { convertFromCny } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { minorToDecimalString } from "@/lib/money/format";
import { absoluteUrl, localizedUrl, siteOrigin } from "./site-url";

export const SITE_NAME = "Haozao";

/** UN/CEFACT common codes of our units (eligibleQuantity.unitCode). */
const unitCodes: Record<string, string> = {
  piece: "H87",
  set: "SET",
  pair: "PR",
  kg: "KGM",
  box: "BX",
  roll: "RO",
  meter: "MTR",
  dozen: "DZN",
  pack: "PK",
};

/** Google's sitelinks search box reads `query-input`, which schema-dts does not declare. */
type SearchActionWithInput = SearchAction & { "query-input": string };

export function homeGraph(locale: Locale, description: string): Graph {
  const organization: Organization = {
    "@type": "Organization",
    "@id": `${siteOrigin()}/#organization`,
    name: SITE_NAME,
    url: localizedUrl(locale, "/"),
    logo: absoluteUrl("/icon-512.png"),
    description,
  };
  const search: SearchActionWithInput = {
    "@type": "SearchAction",
    target: { "@type": "EntryPoint", urlTemplate: `${localizedUrl(locale, "/search")}?q={search_term_string}` },
    "query-input": "required name=search_term_string",
  };
  const website: WebSite = {
    "@type": "WebSite",
    "@id": `${siteOrigin()}/#website`,
    name: SITE_NAME,
    url: localizedUrl(locale, "/"),
    inLanguage: locale,
    publisher: { "@id": `${siteOrigin()}/#organization` },
    potentialAction: search,
  };
  return { "@context": "https://schema.org", "@graph": [organization, website] };
}

export interface Crumb {
  name: string;
  /** Path after the locale; the last crumb (the page itself) may leave it out. */
  path?: string;
}

export function breadcrumbList(locale: Locale, crumbs: Crumb[]): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map(
      (c, i): ListItem => ({
        "@type": "ListItem",
        position: i + 1,
        name: c.name,
        ...(c.path ? { item: localizedUrl(locale, c.path) } : {}),
      }),
    ),
  };
}

export interface FactoryFacts {
  id: number;
  name: string;
  city: string;
  province: string;
  foundedYear: number | null;
  description?: string;
}

export function factoryOrganization(locale: Locale, f: FactoryFacts): Organization {
  return {
    "@type": "Organization",
    "@id": `${localizedUrl(locale, `/f/${f.id}`)}#organization`,
    name: f.name,
    url: localizedUrl(locale, `/f/${f.id}`),
    address: { "@type": "PostalAddress", addressLocality: f.city, addressRegion: f.province, addressCountry: "CN" },
    ...(f.foundedYear ? { foundingDate: String(f.foundedYear) } : {}),
    ...(f.description ? { description: f.description } : {}),
  };
}

export interface ProductFacts {
  id: number;
  name: string;
  description: string;
  photoKeys: string[];
  category?: string;
  unit: string;
  moq: number;
  /** Tier unit prices in CNY fen. */
  tierPricesFen: number[];
  /** Units that can be ordered now, over all SKUs. */
  available: number;
  skuCount: number;
  factory: FactoryFacts;
}

/** Product with an AggregateOffer in the page's currency: low and high tier price, stock, MOQ. */
export function productData(locale: Locale, currency: Currency, ratePerCny: string, p: ProductFacts): Product {
  const price = (fen: number) => minorToDecimalString(convertFromCny(fen, ratePerCny, currency), currency);
  const low = Math.min(...p.tierPricesFen);
  const high = Math.max(...p.tierPricesFen);
  const url = localizedUrl(locale, `/p/${p.id}`);
  return {
    "@type": "Product",
    "@id": `${url}#product`,
    productID: String(p.id),
    name: p.name,
    description: p.description,
    url,
    image: p.photoKeys.map((key) => absoluteUrl(`/media/${key}`)),
    ...(p.category ? { category: p.category } : {}),
    offers: {
      "@type": "AggregateOffer",
      priceCurrency: currency,
      lowPrice: price(low),
      highPrice: price(high),
      offerCount: Math.max(1, p.skuCount),
      availability: p.available > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      eligibleQuantity: {
        "@type": "QuantitativeValue",
        minValue: p.moq,
        unitCode: unitCodes[p.unit] ?? "C62",
        unitText: p.unit,
      },
      url,
      seller: factoryOrganization(locale, p.factory),
    },
  };
}
