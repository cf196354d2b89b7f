// The goods of a cart with everything pricing and display need, read in a few indexed queries.
// Used by the cart page, the checkout quote and order placement (inside its transaction).
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/db/client";
import {
  cartItems, factories, listingOptionValues, listingPhotos, listingTranslations, listings, priceTiers, skus,
} from "@/db/schema";
import { pickLabel, pickTranslation } from "@/lib/catalog/localized";
import type { Tier } from "@/lib/pricing/tiers";

export interface CartItem {
  skuId: number;
  skuCode: string;
  quantity: number;
  quotedUnitPriceFen: number | null;
  skuDeltaFen: number;
  available: number;
  /** e.g. "Red / L", in the page's locale. */
  options: string;
  listingId: number;
}

export interface CartListing {
  id: number;
  title: string;
  titleLocale: string;
  photoKey: string | null;
  unit: string;
  moq: number;
  tiers: Tier[];
  weightG: number;
  box: { lengthMm: number; widthMm: number; heightMm: number };
  hsCode: string | null;
  /** Only active listings and active SKUs can be bought. */
  buyable: boolean;
  factoryId: number;
  factoryName: string;
  factoryProvince: string;
}

export async function readCartItems(db: DbOrTx, cartId: string, locale: Locale) {
  const rows = await db
    .select({ item: cartItems, sku: skus, listing: listings, factory: factories })
    .from(cartItems)
    .innerJoin(skus, eq(skus.id, cartItems.skuId))
    .innerJoin(listings, eq(listings.id, skus.listingId))
    .innerJoin(factories, eq(factories.organisationId, listings.factoryId))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.addedAt), asc(cartItems.skuId));
  return describeItems(db, rows, locale);
}

type Row = { item: { skuId: number; quantity: number; quotedUnitPriceFen: number | null }; sku: typeof skus.$inferSelect; listing: typeof listings.$inferSelect; factory: typeof factories.$inferSelect };

/** Titles, photos, tiers and option labels for rows of (quantity, sku, listing, factory). */
export async function describeItems(db: DbOrTx, rows: readonly Row[], locale: Locale) {
  if (rows.length === 0) return { items: [] as CartItem[], listings: [] as CartListing[] };
  const listingIds = [...new Set(rows.map((r) => r.listing.id))];
  const valueIds = [...new Set(rows.flatMap((r) => r.sku.optionValueIds))];
  const [translations, tiers, photos, values] = await Promise.all([
    db
      .select({ listingId: listingTranslations.listingId, locale: listingTranslations.locale, title: listingTranslations.title, origin: listingTranslations.origin })
      .from(listingTranslations)
      .where(and(inArray(listingTranslations.listingId, listingIds))),
    db.select().from(priceTiers).where(inArray(priceTiers.listingId, listingIds)).orderBy(asc(priceTiers.minQty)),
    db
      .select({ listingId: listingPhotos.listingId, key: listingPhotos.storageKey, position: listingPhotos.position })
      .from(listingPhotos)
      .where(inArray(listingPhotos.listingId, listingIds))
      .orderBy(asc(listingPhotos.position)),
    valueIds.length ? db.select({ id: listingOptionValues.id, label: listingOptionValues.label }).from(listingOptionValues).where(inArray(listingOptionValues.id, valueIds)) : [],
  ]);
  const labelOf = new Map(values.map((v) => [v.id, pickLabel(v.label, locale).text]));

  const listingsById = new Map<number, CartListing>();
  for (const { listing, factory, sku } of rows) {
    const existing = listingsById.get(listing.id);
    if (existing) {
      existing.buyable &&= sku.active;
      continue;
    }
    const shown = pickTranslation(translations.filter((t) => t.listingId === listing.id), locale, listing.sourceLocale);
    listingsById.set(listing.id, {
      id: listing.id,
      title: shown?.value.title ?? "",
      titleLocale: shown?.locale ?? listing.sourceLocale,
      photoKey: photos.find((p) => p.listingId === listing.id)?.key ?? null,
      unit: listing.unit,
      moq: listing.moq,
      tiers: tiers.filter((t) => t.listingId === listing.id).map((t) => ({ minQty: t.minQty, unitPriceFen: t.unitPriceFen })),
      weightG: listing.weightG,
      box: { lengthMm: listing.lengthMm, widthMm: listing.widthMm, heightMm: listing.heightMm },
      hsCode: listing.hsCode,
      buyable: listing.status === "active" && sku.active,
      factoryId: factory.organisationId,
      factoryName: locale === "zh" ? factory.nameZh : factory.nameEn,
      factoryProvince: factory.province,
    });
  }
  const items: CartItem[] = rows.map(({ item, sku, listing }) => ({
    skuId: sku.id,
    skuCode: sku.code,
    quantity: item.quantity,
    quotedUnitPriceFen: item.quotedUnitPriceFen,
    skuDeltaFen: sku.priceDeltaFen,
    available: sku.stock - sku.reserved,
    options: sku.optionValueIds.map((id) => labelOf.get(id) ?? "").filter(Boolean).join(" / "),
    listingId: listing.id,
  }));
  return { items, listings: [...listingsById.values()] };
}
