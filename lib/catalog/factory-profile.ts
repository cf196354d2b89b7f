import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/db/client";
import { factories, factoryTranslations, listings } from "@/db/schema";
import { getFactoryReliability, type PublishedReliability } from "./factory-reliability";
import { pickTranslation } from "./localized";

export interface FactoryProfile {
  id: number;
  name: string;
  nameZh: string;
  nameEn: string;
  province: string;
  city: string;
  foundedYear: number | null;
  verified: boolean;
  verifiedAt: string | null;
  responseRatePct: number;
  mainCategoryIds: number[];
  about: { text: string; locale: string; untranslated: boolean } | null;
  listingCount: number;
  totalSold: number;
  /** What our warehouse learnt over 90 days; null without any check or shipment. */
  reliability: PublishedReliability | null;
}

export async function getFactoryProfile(db: DbOrTx, id: number, locale: Locale): Promise<FactoryProfile | null> {
  const [f] = await db.select().from(factories).where(eq(factories.organisationId, id));
  if (!f) return null;
  const [translations, [stats], reliability] = await Promise.all([
    db.select().from(factoryTranslations).where(eq(factoryTranslations.factoryId, id)),
    db
      .select({ n: sql<number>`count(*)::int`, sold: sql<number>`least(coalesce(sum(${listings.soldCount}), 0), 2147483647)::int` })
      .from(listings)
      .where(and(eq(listings.factoryId, id), eq(listings.status, "active"))),
    getFactoryReliability(db, id),
  ]);
  const about = pickTranslation(translations, locale, "zh");
  return {
    id: f.organisationId,
    name: locale === "zh" ? f.nameZh : f.nameEn,
    nameZh: f.nameZh,
    nameEn: f.nameEn,
    province: f.province,
    city: f.city,
    foundedYear: f.foundedYear,
    verified: f.verifiedAt != null,
    verifiedAt: f.verifiedAt?.toISOString() ?? null,
    responseRatePct: f.responseRatePct,
    mainCategoryIds: f.mainCategoryIds,
    about: about ? { text: about.value.about, locale: about.locale, untranslated: about.untranslated } : null,
    listingCount: stats.n,
    totalSold: stats.sold,
    reliability,
  };
}
