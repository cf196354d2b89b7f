import "server-only";
// The price comparison of a listing page, cached like the other catalogue reads (./cached.ts): any
// catalogue change (`catalog`), a change to the listing itself (`listing:<id>`) or to the agent's fees
// and warehouses (`agents`, the estimate's service fee) revalidates it.
import { cacheLife, cacheTag } from "next/cache";
import { getReadDb } from "@/lib/db";
import type { Locale } from "@/i18n/locales";
import { getProductOffers } from "./price-comparison";
import { catalogTags } from "./tags-cache";

export async function cachedProductOffers(listingId: number, locale: Locale) {
  "use cache";
  cacheLife("max");
  cacheTag(catalogTags.catalog, catalogTags.agents, catalogTags.listing(listingId));
  return getProductOffers(await getReadDb(), listingId, locale);
}
