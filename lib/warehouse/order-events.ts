import "server-only";
// Timeline events of warehouse steps: the buyer follows one timeline per order (SPEC 6), so a step
// that touches order lines writes one event on each order concerned, plus one on the parcel or
// shipment itself; orders placed through the partner API also get their partner event.
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { orderLines, timelineEvents } from "@/db/schema";
import { emitOrderPartnerEvent } from "@/lib/partners/emit-partner-event";
import type { PartnerEventType } from "@/lib/partners/events";

/** Warehouse steps a partner hears about (webhooks and the events feed), for orders placed through the API. */
const PARTNER_EVENT_OF: Record<string, PartnerEventType> = {
  "parcel.received": "parcel.received",
  "qc.passed": "qc.ready",
  "qc.failed": "qc.ready",
  "shipment.packed": "shipment.packed",
  "shipment.shipped": "shipment.shipped",
  "shipment.delivered": "shipment.delivered",
};

export async function recordLineEvents(
  tx: DbOrTx,
  orderLineIds: number[],
  kind: string,
  data: Record<string, unknown>,
  subject: { parcelId?: number; shipmentId?: number },
  actorId: number | null,
) {
  const orders = orderLineIds.length
    ? [...new Set((await tx.select({ orderId: orderLines.orderId }).from(orderLines).where(inArray(orderLines.id, orderLineIds))).map((r) => r.orderId))]
    : [];
  await tx.insert(timelineEvents).values([
    { ...subject, kind, data, actorId },
    ...orders.map((orderId) => ({ orderId, kind, data: { ...data, ...subject }, actorId })),
  ]);
  // In the same transaction: a partner's order hears of the step exactly when it happened.
  const partnerEvent = PARTNER_EVENT_OF[kind];
  if (partnerEvent) {
    for (const orderId of orders) await emitOrderPartnerEvent(tx, orderId, partnerEvent, { ...subject, step: kind });
  }
  return orders;
}
