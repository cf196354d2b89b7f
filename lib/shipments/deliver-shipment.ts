import "server-only";
// Delivery (SPEC 6): the buyer confirms receipt, the carrier reports it, or the job confirms it after
// the agent's configured days. An order is `delivered` once all its live lines are in delivered
// shipments. One transaction with the timeline and the notification.
import { and, eq, lte, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { agents, orderLines, orders, shipmentItems, shipments, timelineEvents, warehouses } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { notify } from "@/lib/warehouse/notify";
import { recordLineEvents } from "@/lib/warehouse/order-events";
import { shipmentLineIds } from "./shipment-payment";
import { assertShipmentTransition, type ShipmentStatus } from "./shipment-status";

type Shipment = typeof shipments.$inferSelect;

export async function markDelivered(tx: Tx, shipment: Shipment, by: "buyer" | "carrier" | "agent" | "auto", actorId: number | null, now: Date) {
  assertShipmentTransition(shipment.status as ShipmentStatus, "delivered");
  await tx.update(shipments).set({ status: "delivered", deliveredAt: now }).where(eq(shipments.id, shipment.id));
  const lineIds = await shipmentLineIds(tx, shipment.id);
  const orderIds = await recordLineEvents(tx, lineIds, "shipment.delivered", { shipmentNumber: shipment.number, by }, { shipmentId: shipment.id }, actorId);
  for (const orderId of orderIds) {
    // Live lines not yet in a delivered shipment.
    const [{ left }] = await tx
      .select({ left: sql<number>`count(*)::int` })
      .from(orderLines)
      .where(
        and(
          eq(orderLines.orderId, orderId),
          sql`${orderLines.status} not in ('refunded', 'cancelled', 'abandoned')`,
          sql`not exists (select 1 from ${shipmentItems} si join ${shipments} s on s.id = si.shipment_id where si.order_line_id = ${orderLines.id} and s.status = 'delivered')`,
        ),
      );
    if (Number(left) === 0) {
      const moved = await tx.update(orders).set({ status: "delivered" }).where(and(eq(orders.id, orderId), eq(orders.status, "shipping"))).returning({ id: orders.id });
      if (moved.length) await tx.insert(timelineEvents).values({ orderId, kind: "order.delivered", data: {}, actorId });
    }
  }
  await notify(tx, shipment.buyerId, "delivered", { shipmentNumber: shipment.number }, `/shipments/${shipment.number}`);
}

export async function confirmDelivery(db: Db, buyerId: number, shipmentId: number, now = new Date()) {
  return db.transaction(async (tx) => {
    const [shipment] = await tx.select().from(shipments).where(and(eq(shipments.id, shipmentId), eq(shipments.buyerId, buyerId))).for("update");
    if (!shipment) throw new NotFoundError("shipment", shipmentId);
    await markDelivered(tx, shipment, "buyer", buyerId, now);
    return { id: shipment.id };
  });
}

/** The delivery job: shipped longer ago than the agent's confirmation days counts as delivered. */
export async function autoConfirmDeliveries(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: shipments.id })
    .from(shipments)
    .innerJoin(warehouses, eq(warehouses.id, shipments.warehouseId))
    .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
    .where(and(eq(shipments.status, "shipped"), lte(shipments.shippedAt, sql`${now.toISOString()}::timestamptz - make_interval(days => ${agents.deliveryConfirmDays}::int)`)))
    .limit(500);
  let done = 0;
  for (const { id } of due) {
    await db.transaction(async (tx) => {
      const [s] = await tx.select().from(shipments).where(and(eq(shipments.id, id), eq(shipments.status, "shipped"))).for("update");
      if (!s) return;
      await markDelivered(tx, s, "auto", null, now);
      done++;
    });
  }
  return done;
}

export const confirmDeliveryOp = defineOperation({
  name: "shipments.confirmDelivery",
  access: access.user,
  input: z.object({ shipmentId: zId }),
  run: ({ db, caller }, { shipmentId }) => confirmDelivery(db, caller.user.id, shipmentId),
});
