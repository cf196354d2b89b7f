import "server-only";
// What the preview image of a listing or a factory says, in the page's locale and currency.
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import type { Locale } from "@/i18n/locales";
import { cachedFactoryProfile, cachedListingCards, cachedListingDetail } from "@/lib/catalog/cached";
import { convertFromCny, type Rate } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";
import { readPhoto } from "./read-photo";
import type { PreviewContent } from "./render-preview-image";

// Unicode isolates keep an amount ("US$1.20") or a name in another script whole inside a
// right-to-left line, as the page does with <bdi> / dir="ltr".
const ltr = (s: string) => `\u2066${s}\u2069`;
const isolate = (s: string) => `\u2068${s}\u2069`;

export async function buildListingPreview(id: number, locale: Locale, currency: Currency, rate: Rate): Promise<PreviewContent | null> {
  const listing = await cachedListingDetail(id, locale);
  if (!listing) return null;
  const [tSeo, tCard, tUnits, tFactory] = await Promise.all([
    getTranslations({ locale, namespace: "Seo" }),
    getTranslations({ locale, namespace: "Card" }),
    getTranslations({ locale, namespace: "Units" }),
    getTranslations({ locale, namespace: "FactoryCard" }),
  ]);
  const money = (fen: number) => ltr(formatMoney(convertFromCny(fen, rate.ratePerCny, currency), currency, locale));
  const prices = listing.tiers.map((t) => t.unitPriceFen);
  const low = money(Math.min(...prices));
  const high = money(Math.max(...prices));
  const unit = tUnits(listing.unit as "piece", { count: 1 });
  const photoKey = listing.photos[0]?.key;
  return {
    locale,
    title: listing.title.text,
    price: low === high ? `${low} / ${unit}` : tSeo("priceRange", { low, high, unit }),
    facts: [
      tCard("moq", { count: listing.moq, unit: tUnits(listing.unit as "piece", { count: listing.moq }) }),
      listing.factory.verified ? `${isolate(listing.factory.name)} · ${tFactory("verified")}` : listing.factory.name,
    ],
    photo: photoKey ? await readPhoto(await getDb(), photoKey) : null,
  };
}

export async function buildFactoryPreview(id: number, locale: Locale, currency: Currency, rate: Rate): Promise<PreviewContent | null> {
  const factory = await cachedFactoryProfile(id, locale);
  if (!factory) return null;
  const [tCard, tHome, tFactory, tFactoryCard, cheapest, best] = await Promise.all([
    getTranslations({ locale, namespace: "Card" }),
    getTranslations({ locale, namespace: "Home" }),
    getTranslations({ locale, namespace: "Factory" }),
    getTranslations({ locale, namespace: "FactoryCard" }),
    cachedListingCards(locale, { factoryId: id }, { sort: "price_asc", limit: 1 }),
    cachedListingCards(locale, { factoryId: id }, { sort: "popular", limit: 1 }),
  ]);
  const lowest = cheapest.items[0];
  const photoKey = best.items[0]?.photoKey;
  return {
    locale,
    title: factory.name,
    price: lowest ? `${tCard("from")} ${ltr(formatMoney(convertFromCny(lowest.priceMinFen, rate.ratePerCny, currency), currency, locale))}` : undefined,
    facts: [
      tFactory("location", { city: isolate(factory.city), province: isolate(factory.province) }),
      tHome("productCount", { count: factory.listingCount }),
      factory.verified ? tFactoryCard("verified") : tFactoryCard("unverified"),
    ],
    photo: photoKey ? await readPhoto(await getDb(), photoKey) : null,
  };
}
