import "server-only";
// Catalogue reads for pages anyone may see, cached by Next and tagged so that the operations
// which change the data revalidate exactly the pages that show it (see ./revalidate.ts).
import { unstable_cache } from "next/cache";
import { getDb } from "@/lib/db";
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

export const cachedCategoryTree = (locale: Locale) =>
  unstable_cache(async () => getCategoryTree(await getDb(), locale), ["category-tree", locale], {
    tags: [catalogTags.catalog, catalogTags.categories],
  })();

export const cachedRates = () =>
  unstable_cache(async () => getCurrentRates(await getDb()), ["rates"], { tags: [catalogTags.rates] })();

export const cachedShippingLines = (locale: Locale) =>
  unstable_cache(async () => listShippingLines(await getDb(), locale), ["shipping-lines", locale], {
    tags: [catalogTags.shipping],
  })();

export const cachedListingCards = (
  locale: Locale,
  filter: CardFilter,
  options: { sort?: Sort; limit: number; offset?: number; withTotal?: boolean },
) =>
  unstable_cache(
    async () => listListingCards(await getDb(), locale, filter, options),
    ["listing-cards", locale, JSON.stringify(filter), JSON.stringify(options)],
    { tags: [catalogTags.catalog, ...(filter.factoryId ? [catalogTags.factory(filter.factoryId)] : [])] },
  )();

export const cachedListingDetail = (id: number, locale: Locale) =>
  unstable_cache(async () => getListingDetail(await getDb(), id, locale), ["listing", String(id), locale], {
    tags: [catalogTags.listing(id)],
  })();

export const cachedFactoryProfile = (id: number, locale: Locale) =>
  unstable_cache(async () => getFactoryProfile(await getDb(), id, locale), ["factory", String(id), locale], {
    tags: [catalogTags.factory(id)],
  })();

export const cachedFactories = (locale: Locale, limit: number) =>
  unstable_cache(async () => listFactories(await getDb(), locale, limit), ["factories", locale, String(limit)], {
    tags: [catalogTags.catalog],
  })();

export const cachedCategoryCounts = (filter: Omit<CardFilter, "categoryIds" | "ids">, groups: CategoryGroup[]) =>
  unstable_cache(
    async () => countListingsByCategory(await getDb(), filter, groups),
    ["category-counts", JSON.stringify(filter), JSON.stringify(groups)],
    { tags: [catalogTags.catalog] },
  )();
