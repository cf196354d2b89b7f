import "server-only";
// The other offers of the same product (SPEC 4, price comparison): the active listings sharing a
// listing's product group, with what the browser needs to rank them by landed unit cost
// (lib/pricing/landed-cost.ts), and the agent whose fees and warehouse the estimate assumes.
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/db/client";
import { agents, factories, listingPhotos, listings, listingSearch, listingTranslations, priceTiers, warehouses } from "@/db/schema";
import { pickLabel, pickTranslation } from "./localized";

export interface ProductOffer {
  id: number;
  title: string;
  /** The locale the title is in: put it on the element's `lang`. */
  titleLocale: string;
  factory: { id: number; name: string; province: string; verified: boolean; reliable: boolean };
  moq: number;
  unit: string;
  weightG: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  tiers: { minQty: number; unitPriceFen: number }[];
  photoKey: string | null;
}

export interface ComparisonAgent {
  id: number;
  name: string;
  serviceFeeBps: number;
  minServiceFeeFen: number;
  warehouse: { id: number; name: string; province: string; city: string } | null;
}

export interface ProductOffers {
  offers: ProductOffer[];
  agent: ComparisonAgent | null;
}

export async function getProductOffers(db: DbOrTx, listingId: number, locale: Locale): Promise<ProductOffers> {
  const [offers, agent] = await Promise.all([otherOffers(db, listingId, locale), defaultAgent(db, locale)]);
  return { offers, agent };
}

async function otherOffers(db: DbOrTx, listingId: number, locale: Locale): Promise<ProductOffer[]> {
  const [own] = await db.select({ group: listingSearch.productGroup }).from(listingSearch).where(eq(listingSearch.listingId, listingId));
  if (own?.group == null) return [];
  const rows = await db
    .select({ listing: listings, factory: factories, reliable: listingSearch.reliable })
    .from(listingSearch)
    .innerJoin(listings, eq(listings.id, listingSearch.listingId))
    .innerJoin(factories, eq(factories.organisationId, listings.factoryId))
    .where(and(eq(listingSearch.productGroup, own.group), ne(listingSearch.listingId, listingId), eq(listings.status, "active")))
    .orderBy(asc(listings.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.listing.id);
  const [translations, tiers, photos] = await Promise.all([
    db
      .select({ listingId: listingTranslations.listingId, locale: listingTranslations.locale, title: listingTranslations.title, origin: listingTranslations.origin })
      .from(listingTranslations)
      .where(inArray(listingTranslations.listingId, ids)),
    db
      .select({ listingId: priceTiers.listingId, minQty: priceTiers.minQty, unitPriceFen: priceTiers.unitPriceFen })
      .from(priceTiers)
      .where(inArray(priceTiers.listingId, ids))
      .orderBy(asc(priceTiers.listingId), asc(priceTiers.minQty)),
    db
      .select({ listingId: listingPhotos.listingId, key: listingPhotos.storageKey })
      .from(listingPhotos)
      .where(inArray(listingPhotos.listingId, ids))
      .orderBy(asc(listingPhotos.listingId), asc(listingPhotos.position)),
  ]);

  const offers: ProductOffer[] = [];
  for (const { listing: l, factory: f, reliable } of rows) {
    const listingTiers = tiers.filter((t) => t.listingId === l.id).map(({ minQty, unitPriceFen }) => ({ minQty, unitPriceFen }));
    const title = pickTranslation(translations.filter((t) => t.listingId === l.id), locale, l.sourceLocale);
    // Without a price there is nothing to compare; without a title nothing to show.
    if (listingTiers.length === 0 || !title) continue;
    offers.push({
      id: l.id,
      title: title.value.title,
      titleLocale: title.locale,
      factory: { id: f.organisationId, name: locale === "zh" ? f.nameZh : f.nameEn, province: f.province, verified: f.verifiedAt != null, reliable },
      moq: l.moq,
      unit: l.unit,
      weightG: l.weightG,
      lengthMm: l.lengthMm,
      widthMm: l.widthMm,
      heightMm: l.heightMm,
      tiers: listingTiers,
      photoKey: photos.find((p) => p.listingId === l.id)?.key ?? null,
    });
  }
  return offers;
}

/** The estimate assumes the first agent and its first active warehouse until the buyer picks one at checkout. */
export async function defaultAgent(db: DbOrTx, locale: Locale): Promise<ComparisonAgent | null> {
  const [agent] = await db.select().from(agents).orderBy(asc(agents.organisationId)).limit(1);
  if (!agent) return null;
  const [warehouse] = await db
    .select()
    .from(warehouses)
    .where(and(eq(warehouses.agentId, agent.organisationId), eq(warehouses.active, true)))
    .orderBy(asc(warehouses.id))
    .limit(1);
  return {
    id: agent.organisationId,
    name: pickLabel(agent.name, locale).text,
    serviceFeeBps: agent.serviceFeeBps,
    minServiceFeeFen: agent.minServiceFeeFen,
    warehouse: warehouse
      ? { id: warehouse.id, name: pickLabel(warehouse.name, locale).text, province: warehouse.province, city: warehouse.city }
      : null,
  };
}
