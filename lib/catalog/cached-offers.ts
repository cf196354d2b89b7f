import "server-only";
// The price comparison of a listing page, cached like the other catalogue reads (./cached.ts): any
// catalogue change (`catalog`) or a change to the listing itself (`listing:<id>`) revalidates it.
import { unstable_cache } from "next/cache";
import { getDb } from "@/lib/db";
import type { Locale } from "@/i18n/locales";
import { getProductOffers } from "./price-comparison";
import { catalogTags } from "./tags-cache";

export const cachedProductOffers = (listingId: number, locale: Locale) =>
  unstable_cache(async () => getProductOffers(await getDb(), listingId, locale), ["product-offers", String(listingId), locale], {
    tags: [catalogTags.catalog, catalogTags.listing(listingId)],
  })();
