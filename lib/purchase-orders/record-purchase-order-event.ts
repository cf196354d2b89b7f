import "server-only";
// Timeline events of a purchase order's state change: one on the purchase order itself, and one on
// each buyer order it holds lines of (the buyer follows one timeline per order, SPEC 6).
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orderLines, purchaseOrderLines, timelineEvents } from "@/db/schema";

export async function recordPurchaseOrderEvent(
  tx: Tx,
  po: { id: number; number: string },
  kind: string,
  data: Record<string, unknown> = {},
  actorId: number | null = null,
) {
  const orders = await tx
    .selectDistinct({ orderId: orderLines.orderId })
    .from(purchaseOrderLines)
    .innerJoin(orderLines, eq(orderLines.id, purchaseOrderLines.orderLineId))
    .where(eq(purchaseOrderLines.purchaseOrderId, po.id));
  await tx.insert(timelineEvents).values([
    { purchaseOrderId: po.id, kind, data, actorId },
    ...orders.map((o) => ({ orderId: o.orderId, kind, data: { ...data, purchaseOrderId: po.id, purchaseOrderNumber: po.number }, actorId })),
  ]);
}
