import "server-only";
// Catalogue reads for pages anyone may see, cached by Next ('use cache', next.config.ts) and tagged
// so that the operations which change the data revalidate exactly the pages that show them (see
// ./revalidate.ts). They live until a tag is revalidated (cacheLife "max": a month, then refreshed
// in the background). With several server processes the cache and its tags are shared through the
// cache handler of lib/cache/ (Redis), so a change saved on one process shows on all of them.
import { cacheLife, cacheTag } from "next/cache";
import { getReadDb } from "@/lib/db";
import type { Locale } from "@/i18n/locales";
import { listShippingLines } from "@/lib/shipping/shipping-lines";
import { getCategoryTree } from "./categories";
import { getFactoryProfile } from "./factory-profile";
import { countListingsByCategory, type CategoryGroup } from "./count-listings-by-category";
import { listListingCards, type CardFilter } from "./listing-cards";
import { getListingDetail } from "./listing-detail";
import { listFactories } from "./list-factories";
import { getCurrentRates } from "./rates";
import type { Sort } from "./category-view";
import { catalogTags } from "./tags-cache";
import { listingMarketData } from "@/lib/partners/listing-market-data";
import { searchKeyword } from "@/lib/search/postgres-engine";
import type { KeywordQuery } from "@/lib/search/types";

export async function cachedCategoryTree(locale: Locale) {
  "use cache";
  cacheLife("max");
  cacheTag(catalogTags.catalog, catalogTags.categories);
  return getCategoryTree(await getReadDb(), locale);
}

export async function cachedRates() {
  "use cache";
  cacheLife("max");
  cacheTag(catalogTags.rates);
  return getCurrentRates(await getReadDb());
}

export async function cachedShippingLines(locale: Locale) {
  "use cache";
  cacheLife("max");
  cacheTag(catalogTags.shipping);
  return listShippingLines(await getReadDb(), locale);
}

export async function cachedListingCards(
  locale: Locale,
  filter: CardFilter,
  options: { sort?: Sort; limit: number; offset?: number; withTotal?: boolean },
) {
  "use cache";
  cacheLife("max");
  cacheTag(catalogTags.catalog, ...(filter.factoryId ? [catalogTags.factory(filter.factoryId)] : []));
  return listListingCards(await getReadDb(), locale, filter, options);
}

export async function cachedListingDetail(id: number, locale: Locale) {
  "use cache";
  cacheLife("max");
  cacheTag(catalogTags.listing(id), catalogTags.reliability);
  return getListingDetail(await getReadDb(), id, locale);
}

export async function cachedFactoryProfile(id: number, locale: Locale) {
  "use cache";
  cacheLife("max");
  cacheTag(catalogTags.factory(id), catalogTags.reliability);
  return getFactoryProfile(await getReadDb(), id, locale);
}

export async function cachedFactories(locale: Locale, limit: number) {
  "use cache";
  cacheLife("max");
  cacheTag(catalogTags.catalog);
  return listFactories(await getReadDb(), locale, limit);
}

export async function cachedCategoryCounts(filter: Omit<CardFilter, "categoryIds" | "ids">, groups: CategoryGroup[]) {
  "use cache";
  cacheLife("max");
  cacheTag(catalogTags.catalog);
  return countListingsByCategory(await getReadDb(), filter, groups);
}

/**
 * A listing's sales of the last 30/90 days and its factory's published reliability, for the partner
 * API: recomputed at most once a minute per listing (orders do not revalidate it), and at once when
 * the warehouse publishes new reliability figures.
 */
export async function cachedListingMarketData(id: number) {
  "use cache";
  cacheLife({ stale: 60, revalidate: 60, expire: 3600 });
  cacheTag(catalogTags.reliability);
  return listingMarketData(await getReadDb(), id);
}

/**
 * A keyword search's page, for the partner API: the same query answers from the cache until the
 * catalogue changes (as the site's search pages, which Next caches whole, do).
 */
export async function cachedKeywordSearch(query: KeywordQuery) {
  "use cache";
  cacheLife("max");
  cacheTag(catalogTags.catalog);
  return searchKeyword(await getReadDb(), query);
}
