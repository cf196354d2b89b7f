import "server-only";
// Listing cards for grids (home, category, factory, search): one query for the page of cards and
// one for the total, both on indexed columns.
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/db/client";
import { factories, listings } from "@/db/schema";
import type { Sort } from "./category-view";
import type { Origin } from "./localized";

export interface ListingCard {
  id: number;
  title: string;
  titleLocale: string;
  titleOrigin: Origin;
  untranslated: boolean;
  photoKey: string | null;
  priceMinFen: number;
  moq: number;
  unit: string;
  soldCount: number;
  factoryId: number;
  factoryName: string;
  province: string;
  city: string;
  verified: boolean;
  /** The factory is "reliable" over the last 90 days (factory_reliability). */
  reliable: boolean;
  tags: string[];
  inStock: boolean;
}

export interface CardFilter {
  /** Only these listings (a short list: image and link search results). */
  ids?: number[];
  categoryIds?: number[];
  factoryId?: number;
  priceMinFen?: number;
  priceMaxFen?: number;
  tags?: string[];
  verifiedOnly?: boolean;
  /** Only listings of factories that are "reliable" over the last 90 days. */
  reliableOnly?: boolean;
  /** Words that must all appear in a title, in any locale (a plain substring match). */
  words?: string[];
}

/** The condition of a card filter on listings joined with factories (also for counts per category). */
export function cardCondition(filter: CardFilter): SQL {
  const conditions: SQL[] = [eq(listings.status, "active")];
  if (filter.ids) conditions.push(inArray(listings.id, filter.ids));
  if (filter.categoryIds?.length) conditions.push(inArray(listings.categoryId, filter.categoryIds));
  if (filter.factoryId) conditions.push(eq(listings.factoryId, filter.factoryId));
  if (filter.priceMinFen != null) conditions.push(gte(listings.priceMinFen, filter.priceMinFen));
  if (filter.priceMaxFen != null) conditions.push(lte(listings.priceMinFen, filter.priceMaxFen));
  if (filter.verifiedOnly) conditions.push(sql`${factories.verifiedAt} is not null`);
  // The reliable factories are few rows of factory_reliability (a partial index on the flag): a
  // semi-join that the planner turns into a factory-id list probed on listings' factory index.
  if (filter.reliableOnly) conditions.push(sql`${listings.factoryId} in (select r.factory_id from factory_reliability r where r.reliable)`);
  for (const word of filter.words ?? []) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`exists (select 1 from listing_translations t where t.listing_id = ${listings.id} and t.title ilike ${pattern})`);
  }
  for (const tag of filter.tags ?? []) {
    conditions.push(sql`exists (select 1 from listing_tags lt where lt.listing_id = ${listings.id} and lt.tag = ${tag})`);
  }
  return and(...conditions)!;
}

const orderings: Record<Sort, SQL[]> = {
  popular: [desc(listings.soldCount), desc(listings.id)],
  newest: [desc(listings.publishedAt), desc(listings.id)],
  price_asc: [asc(listings.priceMinFen), desc(listings.soldCount), desc(listings.id)],
  price_desc: [desc(listings.priceMinFen), desc(listings.soldCount), desc(listings.id)],
};

export async function listListingCards(
  db: DbOrTx,
  locale: Locale,
  filter: CardFilter,
  options: { sort?: Sort; limit: number; offset?: number; withTotal?: boolean },
): Promise<{ items: ListingCard[]; total: number }> {
  const condition = cardCondition(filter);
  const title = sql<{ title: string; locale: string; origin: Origin }>`(
    select json_build_object('title', t.title, 'locale', t.locale, 'origin', t.origin)
    from listing_translations t
    where t.listing_id = ${listings.id} and t.locale in (${locale}, 'en', ${listings.sourceLocale})
    order by case when t.locale = ${locale} then 0 when t.locale = 'en' then 1 else 2 end
    limit 1)`;
  const rows = await db
    .select({
      id: listings.id,
      title,
      photoKey: sql<string | null>`(select p.storage_key from listing_photos p where p.listing_id = ${listings.id} order by p.position limit 1)`,
      priceMinFen: listings.priceMinFen,
      moq: listings.moq,
      unit: listings.unit,
      soldCount: listings.soldCount,
      factoryId: listings.factoryId,
      nameEn: factories.nameEn,
      nameZh: factories.nameZh,
      province: factories.province,
      city: factories.city,
      verified: sql<boolean>`${factories.verifiedAt} is not null`,
      reliable: sql<boolean>`coalesce((select r.reliable from factory_reliability r where r.factory_id = ${listings.factoryId}), false)`,
      tags: sql<string[] | null>`(select array_agg(lt.tag order by lt.tag) from listing_tags lt where lt.listing_id = ${listings.id})`,
      inStock: sql<boolean>`exists (select 1 from skus k where k.listing_id = ${listings.id} and k.active and k.stock - k.reserved > 0)`,
    })
    .from(listings)
    .innerJoin(factories, eq(factories.organisationId, listings.factoryId))
    .where(condition)
    .orderBy(...orderings[options.sort ?? "popular"])
    .limit(options.limit)
    .offset(options.offset ?? 0);

  let total = rows.length;
  if (options.withTotal) {
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(listings)
      .innerJoin(factories, eq(factories.organisationId, listings.factoryId))
      .where(condition);
    total = count.n;
  }
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title?.title ?? "",
      titleLocale: r.title?.locale ?? locale,
      titleOrigin: r.title?.origin ?? "source",
      untranslated: r.title?.locale !== locale,
      photoKey: r.photoKey,
      priceMinFen: r.priceMinFen,
      moq: r.moq,
      unit: r.unit,
      soldCount: r.soldCount,
      factoryId: r.factoryId,
      factoryName: locale === "zh" ? r.nameZh : r.nameEn,
      province: r.province,
      city: r.city,
      verified: r.verified,
      reliable: r.reliable,
      tags: r.tags ?? [],
      inStock: r.inStock,
    })),
  };
}
