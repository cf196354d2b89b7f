import "server-only";
// Everything the factory's listing editor shows for one of its listings: the form's values in the
// source language (prices in fen), the photos in order, the text of every locale with its origin,
// and what publishing would still refuse. Another factory's listing is "not found".
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listingAttributes, listingPhotos, listingTags, listingTranslations, priceTiers } from "@/db/schema";
import { isLocale, locales, type Locale } from "@/i18n/locales";
import type { FieldIssue } from "@/lib/errors";
import { photoVariantKey } from "@/lib/photos/photo-sizes";
import { findOwnListing } from "./find-own-listing";
import { findPublishProblems } from "./find-publish-problems";
import type { ListingStatus, TranslationState } from "./list-factory-listings";
import { loadSkuMatrix } from "./load-sku-matrix";

export interface EditorValues {
  title: string;
  description: string;
  categoryId: number;
  attributes: { key: string; value: string }[];
  tags: string[];
  unit: string;
  moq: number;
  weightG: number;
  packedSizeMm: { length: number; width: number; height: number };
  leadTimeDays: number;
  externalOfferId: string;
  hsCode: string;
  options: { axis: string; values: { key: string; label: string; swatch: string | null }[] }[];
  /** Active SKUs; `reserved` is what open orders hold (stock may not go below it). */
  skus: { keys: string[]; stock: number; reserved: number; priceDeltaFen: number }[];
  tiers: { minQty: number; unitPriceFen: number }[];
}

export interface EditorPhoto {
  id: number;
  /** 240 px thumbnail and the 1200 px original. */
  thumbKey: string;
  key: string;
  width: number;
  height: number;
}

export interface EditorTranslation {
  locale: Locale;
  title: string;
  description: string;
  origin: TranslationState;
}

export interface ListingEditorData {
  id: number;
  status: ListingStatus;
  sourceLocale: Locale;
  values: EditorValues;
  photos: EditorPhoto[];
  translations: EditorTranslation[];
  publishProblems: FieldIssue[];
  updatedAt: Date;
}

export async function loadListingEditor(db: DbOrTx, factoryId: number, listingId: number): Promise<ListingEditorData> {
  const listing = await findOwnListing(db, factoryId, listingId);
  const sourceLocale = isLocale(listing.sourceLocale) ? listing.sourceLocale : "zh";
  const [texts, attributes, tags, tiers, photos, matrix, publishProblems] = await Promise.all([
    db.select().from(listingTranslations).where(eq(listingTranslations.listingId, listing.id)),
    db
      .select({ key: listingAttributes.key, value: listingAttributes.value })
      .from(listingAttributes)
      .where(and(eq(listingAttributes.listingId, listing.id), eq(listingAttributes.locale, sourceLocale)))
      .orderBy(asc(listingAttributes.position), asc(listingAttributes.key)),
    db.select({ tag: listingTags.tag }).from(listingTags).where(eq(listingTags.listingId, listing.id)).orderBy(asc(listingTags.tag)),
    db
      .select({ minQty: priceTiers.minQty, unitPriceFen: priceTiers.unitPriceFen })
      .from(priceTiers)
      .where(eq(priceTiers.listingId, listing.id))
      .orderBy(asc(priceTiers.minQty)),
    db
      .select({ id: listingPhotos.id, storageKey: listingPhotos.storageKey, width: listingPhotos.width, height: listingPhotos.height })
      .from(listingPhotos)
      .where(eq(listingPhotos.listingId, listing.id))
      .orderBy(asc(listingPhotos.position)),
    loadSkuMatrix(db, listing.id),
    findPublishProblems(db, listing),
  ]);
  const source = texts.find((t) => t.locale === sourceLocale);
  const labelOf = (label: Partial<Record<string, string>>) => label[sourceLocale] ?? Object.values(label).find(Boolean) ?? "";

  return {
    id: listing.id,
    status: listing.status,
    sourceLocale,
    updatedAt: listing.updatedAt,
    publishProblems,
    values: {
      title: source?.title ?? "",
      description: source?.description ?? "",
      categoryId: listing.categoryId,
      attributes: attributes,
      tags: tags.map((t) => t.tag),
      unit: listing.unit,
      moq: listing.moq,
      weightG: listing.weightG,
      packedSizeMm: { length: listing.lengthMm, width: listing.widthMm, height: listing.heightMm },
      leadTimeDays: listing.leadTimeDays,
      externalOfferId: listing.externalOfferId ?? "",
      hsCode: listing.hsCode ?? "",
      options: matrix.axes.map((a) => ({ axis: a.axis, values: a.values.map((v) => ({ key: v.key, label: labelOf(v.label), swatch: v.swatch })) })),
      skus: matrix.skus.flatMap((s) =>
        s.active && s.keys ? [{ keys: s.keys, stock: s.stock, reserved: s.reserved, priceDeltaFen: s.priceDeltaFen }] : [],
      ),
      tiers,
    },
    photos: photos.map((p) => ({ id: p.id, key: p.storageKey, thumbKey: photoVariantKey(p.storageKey, 240), width: p.width, height: p.height })),
    translations: locales.map((locale) => {
      const text = texts.find((t) => t.locale === locale);
      return text
        ? { locale, title: text.title, description: text.description, origin: text.origin }
        : { locale, title: "", description: "", origin: "missing" as const };
    }),
  };
}
