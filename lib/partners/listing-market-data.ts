// Market data of a listing for the partner API: units and orders of the last 30 days, and the share
// of its buyers (90 days) who came back, and its factory's reliability as the warehouse published it
// (factory_reliability, 90 days; null when the warehouse has nothing on the factory, not invented).
import "server-only";
import type { DbOrTx } from "@/db";
import { rowsOf } from "@/db/client";
import { publishedReliability } from "@/lib/catalog/factory-reliability";
import { factoryReliability, listings } from "@/db/schema";
import { eq, sql } from "drizzle-orm";

const SOLD = sql.raw(`('paid','purchasing','at_warehouse','shipping','delivered')`);

export async function listingMarketData(db: DbOrTx, listingId: number) {
  const result = await db.execute(sql`
    with recent as (
      select o.buyer_id, o.partner_id, o.id as order_id, l.quantity, o.paid_at
      from order_lines l join orders o on o.id = l.order_id
      where l.listing_id = ${listingId} and o.status in ${SOLD} and o.paid_at > now() - interval '90 days'
    ), buyers as (
      select coalesce('p' || partner_id::text, 'b' || buyer_id::text) as who, count(distinct order_id) as n from recent group by 1
    )
    select
      coalesce((select sum(quantity) from recent where paid_at > now() - interval '30 days'), 0)::int as units,
      (select count(distinct order_id) from recent where paid_at > now() - interval '30 days')::int as orders,
      (select count(*) from buyers)::int as buyers,
      (select count(*) from buyers where n > 1)::int as repeat_buyers`);
  const [row] = rowsOf<{ units: number; orders: number; buyers: number; repeat_buyers: number }>(result);
  const [figures] = await db
    .select({ r: factoryReliability })
    .from(listings)
    .innerJoin(factoryReliability, eq(factoryReliability.factoryId, listings.factoryId))
    .where(eq(listings.id, listingId));
  const r = figures ? publishedReliability(figures.r) : null;
  return {
    unitsSold30d: Number(row.units),
    orders30d: Number(row.orders),
    repeatBuyerRate: Number(row.buyers) ? Math.round((Number(row.repeat_buyers) / Number(row.buyers)) * 1000) / 1000 : null,
    factoryReliability: r && {
      qcFailureRate: r.qcFailureRate,
      shortShipmentRate: r.shortShipmentRate,
      avgDaysToShip: r.meanDaysToShip,
      countMismatchRate: r.countMismatchRate,
      medianDaysToShip: r.medianDaysToShip,
      checkedLines: r.checkedLines,
      shippedOrders: r.shippedOrders,
      reliable: r.reliable,
      enoughData: r.enoughData,
      windowDays: r.windowDays,
      computedAt: r.computedAt,
    },
  };
}
