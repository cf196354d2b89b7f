import "server-only";
import { desc, inArray, sql } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/db/client";
import { factories, listings } from "@/db/schema";

export interface FactorySummary {
  id: number;
  name: string;
  province: string;
  city: string;
  verified: boolean;
  foundedYear: number | null;
  responseRatePct: number;
  listingCount: number;
  coverKey: string | null;
}

/** Factories with active listings (of those `ids` when given), verified and best-selling first. */
export async function listFactories(db: DbOrTx, locale: Locale, limit = 100, ids?: number[]): Promise<FactorySummary[]> {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .select({
      id: factories.organisationId,
      nameEn: factories.nameEn,
      nameZh: factories.nameZh,
      province: factories.province,
      city: factories.city,
      verified: sql<boolean>`${factories.verifiedAt} is not null`,
      foundedYear: factories.foundedYear,
      responseRatePct: factories.responseRatePct,
      listingCount: sql<number>`count(${listings.id})::int`,
      sold: sql<number>`least(coalesce(sum(${listings.soldCount}), 0), 2147483647)::int`,
      coverKey: sql<string | null>`(select p.storage_key from listings l2 join listing_photos p on p.listing_id = l2.id and p.position = 0
        where l2.factory_id = ${factories.organisationId} and l2.status = 'active' order by l2.sold_count desc limit 1)`,
    })
    .from(factories)
    .innerJoin(listings, sql`${listings.factoryId} = ${factories.organisationId} and ${listings.status} = 'active'`)
    .where(ids ? inArray(factories.organisationId, ids) : undefined)
    .groupBy(factories.organisationId)
    .orderBy(desc(sql`${factories.verifiedAt} is not null`), desc(sql`sum(${listings.soldCount})`))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    name: locale === "zh" ? r.nameZh : r.nameEn,
    province: r.province,
    city: r.city,
    verified: r.verified,
    foundedYear: r.foundedYear,
    responseRatePct: r.responseRatePct,
    listingCount: r.listingCount,
    coverKey: r.coverKey,
  }));
}
