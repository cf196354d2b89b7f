import "server-only";
// Timeline events of warehouse steps: the buyer follows one timeline per order (SPEC 6), so a step
// that touches order lines writes one event on each order concerned, plus one on the parcel or
// shipment itself.
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { orderLines, timelineEvents } from "@/db/schema";

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
  return orders;
}
