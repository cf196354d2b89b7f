import "server-only";
// The factory portal's list of its own listings (every status): cover, source title, price range,
// SKU count, stock, and which locales have a title (source / human / machine / missing). Filtered
// by status and by a title in any language; counts per status for the filter tabs.
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listings, listingTranslations } from "@/db/schema";
import { isLocale, locales, type Locale } from "@/i18n/locales";
import { photoVariantKey } from "@/lib/photos/photo-sizes";

export const listingStatuses = ["draft", "active", "archived"] as const;
export type ListingStatus = (typeof listingStatuses)[number];
export type TranslationState = "source" | "human" | "machine" | "missing";

export interface FactoryListingRow {
  id: number;
  status: ListingStatus;
  sourceLocale: string;
  /** The title in the listing's source language ("" when none yet). */
  title: string;
  /** Thumbnail key (240 px) of the cover photo. */
  coverKey: string | null;
  photoCount: number;
  /** Cheapest and dearest tier price, in fen; null without tiers. */
  priceMinFen: number | null;
  priceMaxFen: number | null;
  unit: string;
  skuCount: number;
  /** Stock of the active SKUs, and what open orders have reserved of it. */
  stock: number;
  reserved: number;
  translations: Record<Locale, TranslationState>;
  updatedAt: Date;
}

export interface FactoryListingPage {
  rows: FactoryListingRow[];
  /** Rows matching the filter (for paging). */
  total: number;
  /** Listings per status matching the title search (for the filter tabs). */
  counts: Record<ListingStatus | "all", number>;
}

// Correlated subqueries name the outer row explicitly: inside them an unqualified "id" would be the inner table's.
const lid = sql.raw('"listings"."id"');
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listFactoryListings(
  db: DbOrTx,
  factoryId: number,
  filter: { status?: ListingStatus; q?: string; limit?: number; offset?: number } = {},
): Promise<FactoryListingPage> {
  const q = filter.q?.trim().slice(0, 100);
  const own: SQL[] = [eq(listings.factoryId, factoryId)];
  if (q) {
    own.push(sql`exists (select 1 from listing_translations t where t.listing_id = ${lid}
      and t.title ilike ${`%${escapeLike(q)}%`})`);
  }
  const where = and(...own, filter.status ? eq(listings.status, filter.status) : undefined);

  const [statusCounts, rows] = await Promise.all([
    db
      .select({ status: listings.status, n: sql<number>`count(*)::int` })
      .from(listings)
      .where(and(...own))
      .groupBy(listings.status),
    db
      .select({
        id: listings.id,
        status: listings.status,
        sourceLocale: listings.sourceLocale,
        unit: listings.unit,
        updatedAt: listings.updatedAt,
        title: sql<string>`coalesce((select t.title from listing_translations t where t.listing_id = ${lid} and t.locale = ${sql.raw('"listings"."source_locale"')}), '')`,
        cover: sql<string | null>`(select p.storage_key from listing_photos p where p.listing_id = ${lid} order by p.position limit 1)`,
        photoCount: sql<number>`(select count(*)::int from listing_photos p where p.listing_id = ${lid})`,
        priceMinFen: sql<number | null>`(select min(pt.unit_price_fen)::int from price_tiers pt where pt.listing_id = ${lid})`,
        priceMaxFen: sql<number | null>`(select max(pt.unit_price_fen)::int from price_tiers pt where pt.listing_id = ${lid})`,
        skuCount: sql<number>`(select count(*)::int from skus k where k.listing_id = ${lid} and k.active)`,
        stock: sql<number>`(select coalesce(sum(k.stock), 0)::int from skus k where k.listing_id = ${lid} and k.active)`,
        reserved: sql<number>`(select coalesce(sum(k.reserved), 0)::int from skus k where k.listing_id = ${lid} and k.active)`,
      })
      .from(listings)
      .where(where)
      .orderBy(desc(listings.updatedAt), asc(listings.id))
      .limit(filter.limit ?? 25)
      .offset(filter.offset ?? 0),
  ]);

  const origins = rows.length
    ? await db
        .select({ listingId: listingTranslations.listingId, locale: listingTranslations.locale, origin: listingTranslations.origin })
        .from(listingTranslations)
        .where(inArray(listingTranslations.listingId, rows.map((r) => r.id)))
    : [];

  const counts = { all: 0, draft: 0, active: 0, archived: 0 };
  for (const c of statusCounts) {
    counts[c.status] = Number(c.n);
    counts.all += Number(c.n);
  }
  return {
    total: filter.status ? counts[filter.status] : counts.all,
    counts,
    rows: rows.map((r) => {
      const translations = Object.fromEntries(locales.map((l) => [l, "missing"])) as Record<Locale, TranslationState>;
      for (const o of origins) if (o.listingId === r.id && isLocale(o.locale)) translations[o.locale] = o.origin;
      return {
        id: r.id,
        status: r.status,
        sourceLocale: r.sourceLocale,
        title: r.title,
        coverKey: r.cover ? photoVariantKey(r.cover, 240) : null,
        photoCount: Number(r.photoCount),
        priceMinFen: r.priceMinFen === null ? null : Number(r.priceMinFen),
        priceMaxFen: r.priceMaxFen === null ? null : Number(r.priceMaxFen),
        unit: r.unit,
        skuCount: Number(r.skuCount),
        stock: Number(r.stock),
        reserved: Number(r.reserved),
        translations,
        updatedAt: r.updatedAt,
      };
    }),
  };
}
