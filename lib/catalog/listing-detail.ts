import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/db/client";
import {
  factories, listingAttributes, listingOptions, listingOptionValues, listingPhotos, listings, listingTags,
  listingTranslations, priceTiers, skus,
} from "@/db/schema";
import { getFactoryReliability, type PublishedReliability } from "./factory-reliability";
import { pickLabel, pickTranslation, type Origin } from "./localized";

export interface LocalizedText {
  text: string;
  locale: string;
  untranslated: boolean;
  origin: Origin;
}

export interface ListingDetail {
  id: number;
  status: "draft" | "active" | "archived";
  categoryId: number;
  title: LocalizedText;
  description: LocalizedText;
  /** The factory's own text, for "show original" on machine translations. */
  original: { title: string; description: string; locale: string };
  unit: string;
  moq: number;
  weightG: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  leadTimeDays: number;
  hsCode: string | null;
  externalOfferId: string | null;
  soldCount: number;
  tags: string[];
  attributes: { key: string; value: string; locale: string }[];
  photos: { id: number; key: string; width: number; height: number }[];
  tiers: { minQty: number; unitPriceFen: number }[];
  options: { id: number; axis: string; values: { id: number; key: string; label: string; labelLocale: string; swatch: string | null }[] }[];
  skus: { id: number; code: string; optionValueIds: number[]; available: number; priceDeltaFen: number }[];
  factory: {
    id: number;
    name: string;
    nameZh: string;
    province: string;
    city: string;
    foundedYear: number | null;
    verified: boolean;
    responseRatePct: number;
    reliability: PublishedReliability | null;
  };
}

export async function getListingDetail(db: DbOrTx, id: number, locale: Locale): Promise<ListingDetail | null> {
  const [listing] = await db
    .select()
    .from(listings)
    .innerJoin(factories, eq(factories.organisationId, listings.factoryId))
    .where(and(eq(listings.id, id), ne(listings.status, "draft")));
  if (!listing) return null;
  const l = listing.listings;
  const f = listing.factories;

  const [translations, attributes, tags, photos, tiers, options, skuRows, reliability] = await Promise.all([
    db.select().from(listingTranslations).where(eq(listingTranslations.listingId, id)),
    db
      .select()
      .from(listingAttributes)
      .where(and(eq(listingAttributes.listingId, id), inArray(listingAttributes.locale, [locale, "en", l.sourceLocale])))
      .orderBy(asc(listingAttributes.position)),
    db.select({ tag: listingTags.tag }).from(listingTags).where(eq(listingTags.listingId, id)).orderBy(asc(listingTags.tag)),
    db
      .select({ id: listingPhotos.id, key: listingPhotos.storageKey, width: listingPhotos.width, height: listingPhotos.height })
      .from(listingPhotos)
      .where(eq(listingPhotos.listingId, id))
      .orderBy(asc(listingPhotos.position)),
    db
      .select({ minQty: priceTiers.minQty, unitPriceFen: priceTiers.unitPriceFen })
      .from(priceTiers)
      .where(eq(priceTiers.listingId, id))
      .orderBy(asc(priceTiers.minQty)),
    db
      .select({ option: listingOptions, value: listingOptionValues })
      .from(listingOptions)
      .innerJoin(listingOptionValues, eq(listingOptionValues.optionId, listingOptions.id))
      .where(eq(listingOptions.listingId, id))
      .orderBy(asc(listingOptions.position), asc(listingOptionValues.position)),
    db
      .select()
      .from(skus)
      .where(and(eq(skus.listingId, id), eq(skus.active, true)))
      .orderBy(asc(skus.id)),
    getFactoryReliability(db, f.organisationId),
  ]);

  const shown = pickTranslation(translations, locale, l.sourceLocale);
  const source = translations.find((t) => t.locale === l.sourceLocale) ?? translations[0];
  if (!shown || !source) return null;

  const attributeRows = new Map<string, { key: string; value: string; locale: string }>();
  for (const wanted of [l.sourceLocale, "en", locale]) {
    for (const a of attributes) if (a.locale === wanted) attributeRows.set(a.key, { key: a.key, value: a.value, locale: a.locale });
  }

  const optionMap = new Map<number, ListingDetail["options"][number]>();
  for (const { option, value } of options) {
    if (!optionMap.has(option.id)) optionMap.set(option.id, { id: option.id, axis: option.axis, values: [] });
    const label = pickLabel(value.label, locale);
    optionMap.get(option.id)!.values.push({ id: value.id, key: value.key, label: label.text, labelLocale: label.locale, swatch: value.swatch });
  }

  const text = (field: "title" | "description"): LocalizedText =>
    // A machine translation of the title only (offline): the description is the original's, flagged.
    field === "description" && !shown.value.description && source.description
      ? { text: source.description, locale: source.locale, untranslated: true, origin: "source" }
      : { text: shown.value[field], locale: shown.locale, untranslated: shown.untranslated, origin: shown.origin };

  return {
    id: l.id,
    status: l.status,
    categoryId: l.categoryId,
    title: text("title"),
    description: text("description"),
    original: { title: source.title, description: source.description, locale: source.locale },
    unit: l.unit,
    moq: l.moq,
    weightG: l.weightG,
    lengthMm: l.lengthMm,
    widthMm: l.widthMm,
    heightMm: l.heightMm,
    leadTimeDays: l.leadTimeDays,
    hsCode: l.hsCode,
    externalOfferId: l.externalOfferId,
    soldCount: l.soldCount,
    tags: tags.map((t) => t.tag),
    attributes: [...attributeRows.values()],
    photos,
    tiers,
    options: [...optionMap.values()],
    skus: skuRows.map((k) => ({
      id: k.id,
      code: k.code,
      optionValueIds: k.optionValueIds,
      available: k.stock - k.reserved,
      priceDeltaFen: k.priceDeltaFen,
    })),
    factory: {
      id: f.organisationId,
      name: locale === "zh" ? f.nameZh : f.nameEn,
      nameZh: f.nameZh,
      province: f.province,
      city: f.city,
      foundedYear: f.foundedYear,
      verified: f.verifiedAt != null,
      responseRatePct: f.responseRatePct,
      reliability,
    },
  };
}
