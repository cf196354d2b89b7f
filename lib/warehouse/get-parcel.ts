import "server-only";
// One parcel for the warehouse: its purchase order and lines (expected quantity, the QC record with
// photos, the buyer's decision, the shelf), its own timeline and the warehouse's shelves. Another agent's parcel is a 404.
import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { factories, orderLines, orders, purchaseOrderLines, purchaseOrders, qcChecks, qcPhotos, timelineEvents, users, warehouses } from "@/db/schema";
import { access, defineOperation, zId } from "@/lib/gate";
import { ownParcel } from "./agent-scope";
import { shelfOccupancy } from "./shelf-occupancy";

export async function getParcel(db: DbOrTx, agentId: number, parcelId: number) {
  const parcel = await ownParcel(db, agentId, parcelId);
  const [warehouse] = await db.select({ code: warehouses.code }).from(warehouses).where(eq(warehouses.id, parcel.warehouseId));
  const po = parcel.purchaseOrderId
    ? (await db.select({ po: purchaseOrders, factoryName: factories.nameZh }).from(purchaseOrders).innerJoin(factories, eq(factories.organisationId, purchaseOrders.factoryId)).where(eq(purchaseOrders.id, parcel.purchaseOrderId)))[0]
    : null;
  const lines = po
    ? await db
        .select({ orderLineId: orderLines.id, expected: purchaseOrderLines.quantity, rejected: purchaseOrderLines.rejected, status: orderLines.status, snapshot: orderLines.snapshot, orderNumber: orders.number, buyerName: users.name })
        .from(purchaseOrderLines)
        .innerJoin(orderLines, eq(orderLines.id, purchaseOrderLines.orderLineId))
        .innerJoin(orders, eq(orders.id, orderLines.orderId))
        .innerJoin(users, eq(users.id, orders.buyerId))
        .where(eq(purchaseOrderLines.purchaseOrderId, po.po.id))
        .orderBy(asc(orderLines.id))
    : [];
  const checks = await db.select().from(qcChecks).where(eq(qcChecks.parcelId, parcel.id));
  const photos = checks.length ? await db.select().from(qcPhotos).where(inArray(qcPhotos.qcCheckId, checks.map((c) => c.id))).orderBy(asc(qcPhotos.id)) : [];
  const events = await db.select().from(timelineEvents).where(eq(timelineEvents.parcelId, parcel.id)).orderBy(asc(timelineEvents.id));
  // The warehouse's shelves, offered by the store form (a typed shelf is still accepted).
  const shelves = await shelfOccupancy(db, parcel.warehouseId);
  return {
    parcel,
    warehouseCode: warehouse.code,
    purchaseOrder: po ? { id: po.po.id, number: po.po.number, status: po.po.status, factoryName: po.factoryName, carrier: po.po.carrier } : null,
    lines: lines.map((l) => {
      const check = checks.find((c) => c.orderLineId === l.orderLineId) ?? null;
      return { ...l, title: l.snapshot.title, options: l.snapshot.options, check, photos: check ? photos.filter((p) => p.qcCheckId === check.id).map((p) => p.storageKey) : [] };
    }),
    events,
    shelves,
  };
}

export const getParcelOp = defineOperation({
  name: "warehouse.getParcel",
  access: access.member("agent"),
  input: z.object({ parcelId: zId }),
  run: ({ db, caller }, { parcelId }) => getParcel(db, caller.organisation.organisationId, parcelId),
});
