// What a partner can follow of an order: its timeline, the international shipments carrying its
// goods, and the QC photos of its lines (filled in as the warehouse works).
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { orderLines, orders, qcChecks, qcPhotos, shipmentItems, shipments, timelineEvents } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { mediaUrl } from "./catalog-views";

export async function orderTracking(db: DbOrTx, partnerId: number, orderId: number, origin: string) {
  const [order] = await db.select({ id: orders.id, status: orders.status }).from(orders).where(and(eq(orders.id, orderId), eq(orders.partnerId, partnerId)));
  if (!order) throw new NotFoundError("order", orderId);
  const lineIds = (await db.select({ id: orderLines.id }).from(orderLines).where(eq(orderLines.orderId, orderId))).map((l) => l.id);
  const [events, ships, photos] = await Promise.all([
    db.select().from(timelineEvents).where(eq(timelineEvents.orderId, orderId)).orderBy(asc(timelineEvents.id)),
    lineIds.length
      ? db
          .selectDistinct({ shipment: shipments })
          .from(shipmentItems)
          .innerJoin(shipments, eq(shipments.id, shipmentItems.shipmentId))
          .where(inArray(shipmentItems.orderLineId, lineIds))
      : [],
    lineIds.length
      ? db
          .select({ key: qcPhotos.storageKey, orderLineId: qcChecks.orderLineId })
          .from(qcPhotos)
          .innerJoin(qcChecks, eq(qcChecks.id, qcPhotos.qcCheckId))
          .where(inArray(qcChecks.orderLineId, lineIds))
      : [],
  ]);
  return {
    orderId,
    status: order.status,
    events: events.map((e) => ({ kind: e.kind, at: e.createdAt.toISOString(), data: e.data })),
    shipments: ships.map(({ shipment: s }) => ({ id: s.id, status: s.status, trackingNumber: s.trackingNumber ?? null, carrier: null })),
    qcPhotos: photos.map((p) => ({ url: mediaUrl(origin, p.key), orderLineId: p.orderLineId })),
  };
}
