// A buyer's orders: the list and one order with its lines, payments and timeline. Scoped by buyer:
// another buyer's order number reads as missing (the page answers 404).
import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { orderLines, orders, payments, shippingLines, timelineEvents, warehouses } from "@/db/schema";

export async function listBuyerOrders(db: DbOrTx, buyerId: number, limit = 50) {
  return db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      currency: orders.currency,
      firstPaymentMinor: orders.firstPaymentMinor,
      createdAt: orders.createdAt,
      lineCount: sql<number>`(select count(*)::int from ${orderLines} where ${orderLines.orderId} = ${orders.id})`,
      units: sql<number>`(select coalesce(sum(${orderLines.quantity}), 0)::int from ${orderLines} where ${orderLines.orderId} = ${orders.id})`,
      photoKey: sql<string | null>`(select ${orderLines.snapshot}->>'photoKey' from ${orderLines} where ${orderLines.orderId} = ${orders.id} order by ${orderLines.id} limit 1)`,
    })
    .from(orders)
    .where(eq(orders.buyerId, buyerId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit);
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
