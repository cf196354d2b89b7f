import "server-only";
// Abandonment (issue 10): goods stored and not shipped for the agent's abandonAfterDays are
// abandoned. The buyer is reminded 30 and 7 days before (once each, in-app and by mail), then the
// line becomes `abandoned`: a timeline event, the goods leave the consolidation picker, and the
// agent finds them on the dashboard. Run from the hourly warehouse sweep; running it again changes
// nothing. Goods in a shipment that is not cancelled are on their way out and are left alone.
import { and, eq, isNotNull, notExists, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { agents, orderLines, orders, qcChecks, shipmentItems, shipments, warehouses } from "@/db/schema";
import { notify } from "./notify";
import { recordLineEvents } from "./order-events";
import { ABANDON_REMINDER_DAYS, abandonClock, dueAbandonReminder } from "./storage-clock";
import { moveOrderLines } from "@/lib/orders/move-order-lines";

const DAY = 86_400_000;

/** Stored goods of every warehouse in no live shipment, whose abandonment date is within `withinDays`. */
function storedGoodsNearing(db: DbOrTx, now: Date, withinDays: number) {
  return db
    .select({
      qcCheckId: qcChecks.id, orderLineId: orderLines.id, storedAt: qcChecks.storedAt, lastReminder: qcChecks.abandonReminderDays, parcelId: qcChecks.parcelId,
      abandonAfterDays: agents.abandonAfterDays, buyerId: orders.buyerId, orderNumber: orders.number, title: sql<string>`${orderLines.snapshot}->>'title'`,
    })
    .from(qcChecks)
    .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
    .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
    .where(
      and(
        eq(orderLines.status, "stored"),
        isNotNull(qcChecks.storedAt),
        sql`${qcChecks.storedAt} + make_interval(days => ${agents.abandonAfterDays}::int - ${withinDays}::int) <= ${now.toISOString()}::timestamptz`,
        notExists(
          db.select({ one: sql`1` }).from(shipmentItems).innerJoin(shipments, eq(shipments.id, shipmentItems.shipmentId))
            .where(and(eq(shipmentItems.orderLineId, orderLines.id), sql`${shipments.status} <> 'cancelled'`)),
        ),
      ),
    )
    .limit(1000);
}

/** Reminders 30 and 7 days before the goods are abandoned, each once. */
export async function remindAbandonment(db: Db, now = new Date()): Promise<number> {
  const rows = await storedGoodsNearing(db, now, Math.max(...ABANDON_REMINDER_DAYS));
  let sent = 0;
  for (const r of rows) {
    const clock = abandonClock(r.storedAt!, r.abandonAfterDays, now);
    if (clock.due) continue; // abandoned below, no reminder
    const days = dueAbandonReminder(clock.daysLeft, r.lastReminder);
    if (days == null) continue;
    await db.transaction(async (tx) => {
      // Claimed first: a second sweep running at once sends nothing.
      const claimed = await tx
        .update(qcChecks)
        .set({ abandonReminderDays: days })
        .where(and(eq(qcChecks.id, r.qcCheckId), r.lastReminder == null ? sql`${qcChecks.abandonReminderDays} is null` : sql`${qcChecks.abandonReminderDays} > ${days}`))
        .returning({ id: qcChecks.id });
      if (!claimed.length) return;
      await notify(tx, r.buyerId, "abandon_reminder", { orderNumber: r.orderNumber, title: r.title, days: clock.daysLeft, date: clock.abandonAt.toISOString().slice(0, 10) }, `/orders/${r.orderNumber}`);
      sent++;
    });
  }
  return sent;
}

/** Goods whose abandonment date has come: the line becomes `abandoned`, once. */
export async function abandonGoods(db: Db, now = new Date()): Promise<number> {
  const rows = await storedGoodsNearing(db, now, 0);
  let abandoned = 0;
  for (const r of rows) {
    if (!abandonClock(r.storedAt!, r.abandonAfterDays, now).due) continue;
    await db.transaction(async (tx) => {
      const [line] = await tx.select({ status: orderLines.status }).from(orderLines).where(eq(orderLines.id, r.orderLineId)).for("update");
      if (!line || line.status !== "stored") return;
      const [inShipment] = await tx
        .select({ id: shipments.id }).from(shipmentItems).innerJoin(shipments, eq(shipments.id, shipmentItems.shipmentId))
        .where(and(eq(shipmentItems.orderLineId, r.orderLineId), sql`${shipments.status} <> 'cancelled'`)).limit(1);
      if (inShipment) return;
      await moveOrderLines(tx, [r.orderLineId], "abandoned");
      await tx.update(qcChecks).set({ abandonedAt: now }).where(eq(qcChecks.id, r.qcCheckId));
      await recordLineEvents(tx, [r.orderLineId], "goods.abandoned", { orderLineId: r.orderLineId, qcCheckId: r.qcCheckId, storedDays: Math.floor((now.getTime() - r.storedAt!.getTime()) / DAY) }, { parcelId: r.parcelId }, null);
      await notify(tx, r.buyerId, "goods_abandoned", { orderNumber: r.orderNumber, title: r.title }, `/orders/${r.orderNumber}`);
      abandoned++;
    });
  }
  return abandoned;
}
