// The factories' domestic parcels of one buyer order (SPEC 6): once a purchase order holding some
// of the order's lines is shipped, the buyer sees its carrier and tracking number. Scoped by the
// order id the caller already checked belongs to the buyer (getBuyerOrder).
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factories, orderLines, purchaseOrderLines, purchaseOrders } from "@/db/schema";

export interface DomesticParcel {
  purchaseOrderNumber: string;
  factoryName: { zh: string; en: string };
  carrier: string | null;
  trackingNumber: string;
  status: "shipped" | "received";
  shippedAt: Date | null;
  receivedAt: Date | null;
  /** The order's lines in that parcel. */
  orderLineIds: number[];
}

export async function listOrderParcels(db: DbOrTx, orderId: number): Promise<DomesticParcel[]> {
  const rows = await db
    .select({
      po: purchaseOrders,
      nameZh: factories.nameZh,
      nameEn: factories.nameEn,
      orderLineId: purchaseOrderLines.orderLineId,
    })
    .from(purchaseOrderLines)
    .innerJoin(orderLines, eq(orderLines.id, purchaseOrderLines.orderLineId))
    .innerJoin(purchaseOrders, eq(purchaseOrders.id, purchaseOrderLines.purchaseOrderId))
    .innerJoin(factories, eq(factories.organisationId, purchaseOrders.factoryId))
    .where(and(eq(orderLines.orderId, orderId), inArray(purchaseOrders.status, ["shipped", "received"])))
    .orderBy(asc(purchaseOrders.shippedAt), asc(purchaseOrders.id), asc(purchaseOrderLines.orderLineId));
  const byPo = new Map<number, DomesticParcel>();
  for (const row of rows) {
    if (!row.po.trackingNumber) continue;
    const parcel = byPo.get(row.po.id) ?? {
      purchaseOrderNumber: row.po.number,
      factoryName: { zh: row.nameZh, en: row.nameEn },
      carrier: row.po.carrier,
      trackingNumber: row.po.trackingNumber,
      status: row.po.status as "shipped" | "received",
      shippedAt: row.po.shippedAt,
      receivedAt: row.po.receivedAt,
      orderLineIds: [],
    };
    parcel.orderLineIds.push(row.orderLineId);
    byPo.set(row.po.id, parcel);
  }
  return [...byPo.values()];
}
