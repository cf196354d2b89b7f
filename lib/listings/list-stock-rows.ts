import "server-only";
// The stock & prices table: every active SKU of the factory's draft and active listings, with its
// listing's title (page locale, with fallback), option labels, stock, reserved units, price difference
// and the listing's price tiers. Filtered by text (title in any language, SKU code or listing number)
// and "low stock only"; paginated.
import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listingOptions, listingOptionValues, listings, priceTiers, skus } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { pickLabel } from "@/lib/catalog/localized";
import { LOW_STOCK_THRESHOLD } from "@/lib/factories/dashboard";
import { listingTitles, type ShownTitle } from "./listing-titles";

export const STOCK_PAGE_SIZE = 25;

export interface StockRow {
  skuId: number;
  listingId: number;
  listingStatus: "draft" | "active" | "archived";
  code: string;
  options: { axis: string; label: string; locale: string }[];
  stock: number;
  reserved: number;
  priceDeltaFen: number;
  title: ShownTitle | null;
  tiers: { minQty: number; unitPriceFen: number }[];
}

export interface StockQuery {
  q?: string;
  lowOnly?: boolean;
  page?: number;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listStockRows(db: DbOrTx, factoryId: number, locale: Locale, query: StockQuery) {
  const conditions: SQL[] = [eq(listings.factoryId, factoryId), inArray(listings.status, ["draft", "active"]), eq(skus.active, true)];
  const q = query.q?.trim().replace(/^#(?=\d)/, "").slice(0, 100);
  // A number is a listing number (shown first) or part of a SKU code; other text also searches titles in every language.
  const listingNumber = q && /^\d{1,9}$/.test(q) ? Number(q) : null;
  if (q) {
    const pattern = likePattern(q);
    conditions.push(
      listingNumber !== null
        ? or(eq(listings.id, listingNumber), sql`${skus.code} ilike ${pattern}`)!
        : or(
            sql`${skus.code} ilike ${pattern}`,
            sql`exists (select 1 from listing_translations t where t.listing_id = ${listings.id} and t.title ilike ${pattern})`,
          )!,
    );
  }
  if (query.lowOnly) conditions.push(sql`${skus.stock} - ${skus.reserved} < ${LOW_STOCK_THRESHOLD}`);
  const where = and(...conditions);
  const page = Math.max(1, Math.floor(query.page ?? 1));

  const [rows, [count]] = await Promise.all([
    db
      .select({
        skuId: skus.id, listingId: skus.listingId, listingStatus: listings.status, code: skus.code, optionValueIds: skus.optionValueIds,
        stock: skus.stock, reserved: skus.reserved, priceDeltaFen: skus.priceDeltaFen,
      })
      .from(skus)
      .innerJoin(listings, eq(listings.id, skus.listingId))
      .where(where)
      .orderBy(...(listingNumber !== null ? [sql`${listings.id} = ${listingNumber} desc`] : []), desc(listings.id), asc(skus.id))
      .limit(STOCK_PAGE_SIZE)
      .offset((page - 1) * STOCK_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(skus).innerJoin(listings, eq(listings.id, skus.listingId)).where(where),
  ]);

  const listingIds = [...new Set(rows.map((r) => r.listingId))];
  const valueIds = [...new Set(rows.flatMap((r) => r.optionValueIds))];
  const [titles, tiers, values] = await Promise.all([
    listingTitles(db, listingIds, locale),
    listingIds.length
      ? db.select().from(priceTiers).where(inArray(priceTiers.listingId, listingIds)).orderBy(asc(priceTiers.minQty))
      : [],
    valueIds.length
      ? db
          .select({ id: listingOptionValues.id, axis: listingOptions.axis, label: listingOptionValues.label, key: listingOptionValues.key })
          .from(listingOptionValues)
          .innerJoin(listingOptions, eq(listingOptions.id, listingOptionValues.optionId))
          .where(inArray(listingOptionValues.id, valueIds))
      : [],
  ]);
  const valueById = new Map(values.map((v) => [v.id, v]));
  const result: StockRow[] = rows.map((r) => ({
    skuId: r.skuId,
    listingId: r.listingId,
    listingStatus: r.listingStatus,
    code: r.code,
    options: r.optionValueIds.flatMap((id) => {
      const v = valueById.get(id);
      if (!v) return [];
      const shown = pickLabel(v.label, locale);
      return [{ axis: v.axis, label: shown.text || v.key, locale: shown.locale }];
    }),
    stock: r.stock,
    reserved: r.reserved,
    priceDeltaFen: r.priceDeltaFen,
    title: titles.get(r.listingId) ?? null,
    tiers: tiers.filter((t) => t.listingId === r.listingId).map((t) => ({ minQty: t.minQty, unitPriceFen: t.unitPriceFen })),
  }));
  const total = Number(count.n);
  return { rows: result, total, page, pages: Math.max(1, Math.ceil(total / STOCK_PAGE_SIZE)) };
}
