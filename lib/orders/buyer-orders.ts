// A buyer's orders: the list and one order with its lines, payments and timeline. Scoped by buyer:
// another buyer's order number reads as missing (the page answers 404).
import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { orderLines, orders, payments, shippingLines, timelineEvents, warehouses } from "@/db/schema";

export async function listBuyerOrders(db: DbOrTx, buyerId: number, limit = 50) {
  // Each order's own lines, aggregated once and joined: a correlated sub-select in a one-table
  // select loses its table names in Drizzle ("order_id" = "id" compared a line with itself).
  const perOrder = db
    .select({
      orderId: orderLines.orderId,
      lineCount: sql<number>`count(*)::int`.as("line_count"),
      units: sql<number>`coalesce(sum(${orderLines.quantity}), 0)::int`.as("units"),
      photoKey: sql<string | null>`(array_agg(${orderLines.snapshot}->>'photoKey' order by ${orderLines.id}))[1]`.as("photo_key"),
    })
    .from(orderLines)
    .groupBy(orderLines.orderId)
    .as("per_order");
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      currency: orders.currency,
      firstPaymentMinor: orders.firstPaymentMinor,
      createdAt: orders.createdAt,
      lineCount: perOrder.lineCount,
      units: perOrder.units,
      photoKey: perOrder.photoKey,
    })
    .from(orders)
    .leftJoin(perOrder, eq(perOrder.orderId, orders.id))
    .where(eq(orders.buyerId, buyerId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, lineCount: r.lineCount ?? 0, units: r.units ?? 0 }));
}

export async function getBuyerOrder(db: DbOrTx, buyerId: number, number: string) {
  const [row] = await db
    .select({ order: orders, warehouse: warehouses, line: shippingLines })
    .from(orders)
    .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
    .innerJoin(shippingLines, eq(shippingLines.id, orders.shippingLineId))
    .where(and(eq(orders.number, number), eq(orders.buyerId, buyerId)));
  if (!row) return null;
  const [lines, paymentRows, events] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, row.order.id)).orderBy(asc(orderLines.factoryId), asc(orderLines.id)),
    db.select().from(payments).where(eq(payments.orderId, row.order.id)).orderBy(asc(payments.id)),
    db.select().from(timelineEvents).where(eq(timelineEvents.orderId, row.order.id)).orderBy(asc(timelineEvents.createdAt), asc(timelineEvents.id)),
  ]);
  return { ...row, lines, payments: paymentRows, events };
}

export type BuyerOrder = NonNullable<Awaited<ReturnType<typeof getBuyerOrder>>>;
