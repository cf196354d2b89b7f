import "server-only";
// The factory dashboard's numbers, every query scoped by the factory's id. Sales are the factory's
// order lines in buyer orders that are paid or further along (not awaiting payment, cancelled or
// refunded), counted on the day the order was paid, in China's time zone (UTC+8, no daylight saving).
// Revenue is in CNY fen: unit price (CNY fen, as the factory priced it) x units not refunded — exact,
// with no conversion back from the buyer's currency.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factories, listingPhotos, listings, purchaseOrders, skus } from "@/db/schema";
import { rowsOf } from "@/db/client";
import type { Locale } from "@/i18n/locales";
import { listingTitles, type ShownTitle } from "@/lib/listings/listing-titles";

export const SALES_STATUSES = ["paid", "purchasing", "at_warehouse", "shipping", "delivered"] as const;
export const LOW_STOCK_THRESHOLD = 20;
const TIME_ZONE = "Asia/Shanghai";
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface Period {
  /** Each day of the period, oldest first, as YYYY-MM-DD in China's time zone. */
  days: string[];
  /** The start of the first day. */
  since: Date;
}

/** The last `days` days up to and including today (China time). */
export function lastDays(days = 30, now = new Date()): Period {
  const today = new Date(now.getTime() + CHINA_OFFSET_MS);
  today.setUTCHours(0, 0, 0, 0);
  const list: string[] = [];
  for (let i = days - 1; i >= 0; i--) list.push(new Date(today.getTime() - i * 86_400_000).toISOString().slice(0, 10));
  return { days: list, since: new Date(today.getTime() - (days - 1) * 86_400_000 - CHINA_OFFSET_MS) };
}

const salesStatusList = sql.raw(SALES_STATUSES.map((s) => `'${s}'`).join(", "));

export interface DaySales {
  day: string;
  orders: number;
  units: number;
  revenueFen: number;
}

/** Orders, units and revenue per day of the period; days without sales are zeros. */
/** The factory's order lines sold in the period (orders paid or later, lines not cancelled). */
const factorySales = (factoryId: number, period: Period) => sql`
  from order_lines ol
  join orders o on o.id = ol.order_id
  where ol.factory_id = ${factoryId}
    and ol.status <> 'cancelled'
    and o.status in (${salesStatusList})
    and o.paid_at >= ${period.since.toISOString()}`;

export async function salesByDay(db: DbOrTx, factoryId: number, period: Period): Promise<DaySales[]> {
  const rows = rowsOf<{ day: string; orders: number; units: number; revenue: string | number }>(
    await db.execute(sql`
      select to_char(o.paid_at at time zone ${TIME_ZONE}, 'YYYY-MM-DD') as day,
             count(distinct o.id)::int as orders,
             sum(ol.quantity - ol.refunded_quantity)::int as units,
             sum(ol.unit_price_fen::bigint * (ol.quantity - ol.refunded_quantity))::text as revenue
      ${factorySales(factoryId, period)}
      group by 1`),
  );
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return period.days.map((day) => {
    const r = byDay.get(day);
    return { day, orders: Number(r?.orders ?? 0), units: Number(r?.units ?? 0), revenueFen: Number(r?.revenue ?? 0) };
  });
}

export interface DashboardKpis {
  orders: number;
  units: number;
  revenueFen: number;
  /** Purchase orders the agent placed and the factory has not accepted yet. */
  awaitingAcceptance: number;
  activeListings: number;
}

export async function dashboardKpis(db: DbOrTx, factoryId: number, series: DaySales[]): Promise<DashboardKpis> {
  const [[po], [active]] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(purchaseOrders)
      .where(and(eq(purchaseOrders.factoryId, factoryId), eq(purchaseOrders.status, "placed"))),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(listings)
      .where(and(eq(listings.factoryId, factoryId), eq(listings.status, "active"))),
  ]);
  return {
    orders: series.reduce((s, d) => s + d.orders, 0),
    units: series.reduce((s, d) => s + d.units, 0),
    revenueFen: series.reduce((s, d) => s + d.revenueFen, 0),
    awaitingAcceptance: Number(po.n),
    activeListings: Number(active.n),
  };
}

export interface BestSeller {
  listingId: number;
  title: ShownTitle | null;
  photoKey: string | null;
  units: number;
  revenueFen: number;
}

/** The listings that sold the most units in the period (ties: more revenue first). */
export async function bestSellers(db: DbOrTx, factoryId: number, period: Period, locale: Locale, limit = 5): Promise<BestSeller[]> {
  const rows = rowsOf<{ listing_id: number; units: number; revenue: string | number }>(
    await db.execute(sql`
      select ol.listing_id, sum(ol.quantity - ol.refunded_quantity)::int as units,
             sum(ol.unit_price_fen::bigint * (ol.quantity - ol.refunded_quantity))::text as revenue
      ${factorySales(factoryId, period)}
      group by ol.listing_id
      having sum(ol.quantity - ol.refunded_quantity) > 0
      order by units desc, sum(ol.unit_price_fen::bigint * (ol.quantity - ol.refunded_quantity)) desc, ol.listing_id
      limit ${limit}`),
  );
  const ids = rows.map((r) => Number(r.listing_id));
  const [titles, covers] = await Promise.all([listingTitles(db, ids, locale), coverPhotos(db, ids)]);
  return rows.map((r) => ({
    listingId: Number(r.listing_id),
    title: titles.get(Number(r.listing_id)) ?? null,
    photoKey: covers.get(Number(r.listing_id)) ?? null,
    units: Number(r.units),
    revenueFen: Number(r.revenue),
  }));
}

async function coverPhotos(db: DbOrTx, listingIds: number[]): Promise<Map<number, string>> {
  if (!listingIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([listingPhotos.listingId], { listingId: listingPhotos.listingId, key: listingPhotos.storageKey })
    .from(listingPhotos)
    .where(inArray(listingPhotos.listingId, listingIds))
    .orderBy(listingPhotos.listingId, asc(listingPhotos.position));
  return new Map(rows.map((r) => [r.listingId, r.key]));
}

export interface LowStockSku {
  skuId: number;
  listingId: number;
  code: string;
  title: ShownTitle | null;
  stock: number;
  reserved: number;
  available: number;
}

/** Active SKUs of the factory's draft and active listings with fewer than `threshold` units available, fewest first. */
export async function lowStockSkus(
  db: DbOrTx,
  factoryId: number,
  locale: Locale,
  options: { threshold?: number; limit?: number } = {},
): Promise<{ total: number; rows: LowStockSku[] }> {
  const threshold = options.threshold ?? LOW_STOCK_THRESHOLD;
  const low = and(
    eq(listings.factoryId, factoryId),
    inArray(listings.status, ["draft", "active"]),
    eq(skus.active, true),
    sql`${skus.stock} - ${skus.reserved} < ${threshold}`,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({ skuId: skus.id, listingId: skus.listingId, code: skus.code, stock: skus.stock, reserved: skus.reserved })
      .from(skus)
      .innerJoin(listings, eq(listings.id, skus.listingId))
      .where(low)
      .orderBy(sql`${skus.stock} - ${skus.reserved}`, skus.id)
      .limit(options.limit ?? 8),
    db.select({ n: sql<number>`count(*)::int` }).from(skus).innerJoin(listings, eq(listings.id, skus.listingId)).where(low),
  ]);
  const titles = await listingTitles(db, rows.map((r) => r.listingId), locale);
  return {
    total: Number(count.n),
    rows: rows.map((r) => ({ ...r, title: titles.get(r.listingId) ?? null, available: r.stock - r.reserved })),
  };
}

/** When the platform verified the factory, or null while it waits. */
export async function factoryVerifiedAt(db: DbOrTx, factoryId: number): Promise<Date | null> {
  const [row] = await db.select({ verifiedAt: factories.verifiedAt }).from(factories).where(eq(factories.organisationId, factoryId));
  return row?.verifiedAt ?? null;
}
