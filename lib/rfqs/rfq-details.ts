import "server-only";
// What the RFQ pages show around a request: the listing (title in the page's locale, cover photo,
// unit, MOQ, tiers), variant labels, the factory's and the buyer's names, the thread and the quotes.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  factories, listingOptionValues, listingPhotos, listings, listingTranslations, priceTiers, rfqMessages, rfqQuotes, skus, users,
  type Rfq,
} from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { pickLabel, pickTranslation } from "@/lib/catalog/localized";
import { chinaToday } from "./rfq-schema";

export interface ListingSummary {
  id: number;
  title: string;
  titleLocale: string;
  photoKey: string | null;
  unit: string;
  moq: number;
  status: string;
}

export async function listingSummaries(db: DbOrTx, listingIds: number[], locale: Locale): Promise<Map<number, ListingSummary>> {
  const ids = [...new Set(listingIds)];
  if (!ids.length) return new Map();
  const [rows, titles, photos] = await Promise.all([
    db.select().from(listings).where(inArray(listings.id, ids)),
    db
      .select({ listingId: listingTranslations.listingId, locale: listingTranslations.locale, title: listingTranslations.title, origin: listingTranslations.origin })
      .from(listingTranslations)
      .where(inArray(listingTranslations.listingId, ids)),
    db
      .selectDistinctOn([listingPhotos.listingId], { listingId: listingPhotos.listingId, key: listingPhotos.storageKey })
      .from(listingPhotos)
      .where(inArray(listingPhotos.listingId, ids))
      .orderBy(listingPhotos.listingId, asc(listingPhotos.position)),
  ]);
  return new Map(
    rows.map((l) => {
      const shown = pickTranslation(titles.filter((t) => t.listingId === l.id), locale, l.sourceLocale);
      return [l.id, {
        id: l.id, title: shown?.value.title ?? "", titleLocale: shown?.locale ?? l.sourceLocale, photoKey: photos.find((p) => p.listingId === l.id)?.key ?? null,
        unit: l.unit, moq: l.moq, status: l.status,
      }];
    }),
  );
}

export interface SkuLabel {
  id: number;
  code: string;
  /** e.g. "Red / L" in the page's locale; "" for a listing without options. */
  options: string;
  available: number;
  active: boolean;
}

export async function skuLabels(db: DbOrTx, where: { skuIds?: number[]; listingId?: number }, locale: Locale): Promise<SkuLabel[]> {
  const condition = where.listingId !== undefined ? eq(skus.listingId, where.listingId) : inArray(skus.id, where.skuIds?.length ? where.skuIds : [-1]);
  const rows = await db.select().from(skus).where(condition).orderBy(asc(skus.id));
  const valueIds = [...new Set(rows.flatMap((r) => r.optionValueIds))];
  const values = valueIds.length
    ? await db.select({ id: listingOptionValues.id, label: listingOptionValues.label }).from(listingOptionValues).where(inArray(listingOptionValues.id, valueIds))
    : [];
  const label = new Map(values.map((v) => [v.id, pickLabel(v.label, locale).text]));
  return rows.map((r) => ({
    id: r.id, code: r.code, options: r.optionValueIds.map((id) => label.get(id) ?? "").filter(Boolean).join(" / "), available: r.stock - r.reserved, active: r.active,
  }));
}

export const factoryName = (f: { nameZh: string; nameEn: string }, locale: Locale) => (locale === "zh" ? f.nameZh : f.nameEn);

export interface QuoteView {
  id: number;
  tiers: { minQty: number; unitPriceFen: number }[];
  leadTimeDays: number;
  validUntil: string;
  note: string;
  createdAt: Date;
  acceptedAt: Date | null;
  /** The newest quote: the one the buyer can accept. */
  current: boolean;
  expired: boolean;
}

/** Everything a request's page shows, for a request already found for its party. */
export async function rfqDetail(db: DbOrTx, rfq: Rfq, locale: Locale, now = new Date()) {
  const [summaries, [factory], [buyer], variants, messages, quotes, tiers] = await Promise.all([
    listingSummaries(db, [rfq.listingId], locale),
    db.select({ nameZh: factories.nameZh, nameEn: factories.nameEn, province: factories.province, city: factories.city }).from(factories).where(eq(factories.organisationId, rfq.factoryId)),
    db.select({ name: users.name, company: users.company, country: users.country }).from(users).where(eq(users.id, rfq.buyerId)),
    skuLabels(db, { listingId: rfq.listingId }, locale),
    db.select().from(rfqMessages).where(eq(rfqMessages.rfqId, rfq.id)).orderBy(asc(rfqMessages.createdAt), asc(rfqMessages.id)),
    db.select().from(rfqQuotes).where(eq(rfqQuotes.rfqId, rfq.id)).orderBy(desc(rfqQuotes.createdAt), desc(rfqQuotes.id)),
    db.select({ minQty: priceTiers.minQty, unitPriceFen: priceTiers.unitPriceFen }).from(priceTiers).where(and(eq(priceTiers.listingId, rfq.listingId))).orderBy(asc(priceTiers.minQty)),
  ]);
  const today = chinaToday(now);
  return {
    rfq,
    listing: { ...summaries.get(rfq.listingId)!, tiers },
    factory: { id: rfq.factoryId, name: factory ? factoryName(factory, locale) : "", province: factory?.province ?? "", city: factory?.city ?? "" },
    buyer: { name: buyer?.name ?? "", company: buyer?.company ?? null, country: buyer?.country ?? null },
    sku: variants.find((v) => v.id === rfq.skuId) ?? null,
    /** Variants the buyer can still pick when accepting. */
    variants: variants.filter((v) => v.active),
    messages,
    quotes: quotes.map((q, i): QuoteView => ({
      id: q.id, tiers: q.tiers, leadTimeDays: q.leadTimeDays, validUntil: q.validUntil, note: q.note, createdAt: q.createdAt, acceptedAt: q.acceptedAt,
      current: i === 0, expired: q.validUntil < today,
    })),
  };
}

export type RfqDetail = Awaited<ReturnType<typeof rfqDetail>>;
