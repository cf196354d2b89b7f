// How the partner API's catalogue endpoints read a listing, the rates, a listing's market data and
// pages of listings (keyword search, browsing):
// straight from the database by default (tests, scripts), and inside the Next server through the
// same tagged cache as the catalogue's pages (registered by ./route.ts with lib/catalog/cached.ts),
// so a factory's change reaches partners exactly when it reaches the site. Stock is never taken
// from the cache: `listingAvailability` reads it live on every request.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { skus } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { getListingDetail, type ListingDetail } from "@/lib/catalog/listing-detail";
import { getCurrentRates } from "@/lib/catalog/rates";
import { getCategoryTree } from "@/lib/catalog/categories";
import { listListingCards } from "@/lib/catalog/listing-cards";
import { searchKeyword } from "@/lib/search/postgres-engine";
import { listingMarketData } from "../listing-market-data";

export interface CatalogReads {
  listingDetail(db: DbOrTx, id: number, locale: Locale): Promise<ListingDetail | null>;
  rates(db: DbOrTx): ReturnType<typeof getCurrentRates>;
  marketData(db: DbOrTx, listingId: number): ReturnType<typeof listingMarketData>;
  keywordSearch: typeof searchKeyword;
  listingCards: typeof listListingCards;
  categoryTree: typeof getCategoryTree;
}

const direct: CatalogReads = {
  listingDetail: getListingDetail,
  rates: getCurrentRates,
  marketData: listingMarketData,
  keywordSearch: searchKeyword,
  listingCards: listListingCards,
  categoryTree: getCategoryTree,
};
const globalForReads = globalThis as unknown as { haozaoCatalogReads?: CatalogReads };

export function registerCatalogReads(reads: CatalogReads) {
  globalForReads.haozaoCatalogReads = reads;
}
export const catalogReads = (): CatalogReads => globalForReads.haozaoCatalogReads ?? direct;

/** Units available now (stock less reserved) of each active SKU of a listing. */
export async function listingAvailability(db: DbOrTx, listingId: number): Promise<Map<number, number>> {
  const rows = await db
    .select({ id: skus.id, available: sql<number>`${skus.stock} - ${skus.reserved}` })
    .from(skus)
    .where(and(eq(skus.listingId, listingId), eq(skus.active, true)));
  return new Map(rows.map((r) => [r.id, Number(r.available)]));
}
