import "server-only";
// An unmatched parcel (scanned with a code no purchase order announced) is matched to a purchase
// order of the same warehouse later, by its number: the order's expected parcel, if the factory
// announced one under another tracking number, is merged into it (its events move over). The
// purchase order and its lines become received. One transaction.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { inboundParcels, purchaseOrders, timelineEvents } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { ownParcel } from "./agent-scope";
import { markReceived, scanCode } from "./receive-parcel";

export async function matchParcel(db: Db, agentId: number, parcelId: number, rawPoNumber: unknown, actorId: number | null, now = new Date()) {
  const parsed = scanCode.safeParse(rawPoNumber);
  if (!parsed.success) throw new ValidationError([{ path: ["purchaseOrderNumber"], key: "wh.poNumber" }]);
  return db.transaction(async (tx) => {
    const parcel = await ownParcel(tx, agentId, parcelId, { forUpdate: true });
    if (parcel.purchaseOrderId != null) throw new ConflictError("wh.alreadyMatched");
    const [po] = await tx
      .select()
      .from(purchaseOrders)
      .where(and(eq(purchaseOrders.number, parsed.data), eq(purchaseOrders.warehouseId, parcel.warehouseId)))
      .for("update");
    if (!po) throw new ValidationError([{ path: ["purchaseOrderNumber"], key: "wh.poNumber" }]);
    if (!["placed", "accepted", "shipped"].includes(po.status)) throw new ConflictError("wh.poNotExpected");
    const placeholders = await tx
      .select({ id: inboundParcels.id })
      .from(inboundParcels)
      .where(and(eq(inboundParcels.purchaseOrderId, po.id), eq(inboundParcels.status, "expected")));
    if (placeholders.length) {
      const ids = placeholders.map((p) => p.id);
      await tx.update(timelineEvents).set({ parcelId: parcel.id }).where(inArray(timelineEvents.parcelId, ids));
      await tx.delete(inboundParcels).where(inArray(inboundParcels.id, ids));
    }
    await tx.update(inboundParcels).set({ purchaseOrderId: po.id, status: "expected", carrier: parcel.carrier ?? po.carrier }).where(eq(inboundParcels.id, parcel.id));
    if (!po.trackingNumber) await tx.update(purchaseOrders).set({ trackingNumber: parcel.trackingNumber }).where(eq(purchaseOrders.id, po.id));
    await markReceived(tx, parcel.id, po.id, actorId, parcel.receivedAt ?? now, { matched: true, purchaseOrderNumber: po.number });
    await tx.update(inboundParcels).set({ receivedBy: parcel.receivedBy }).where(eq(inboundParcels.id, parcel.id));
    return { parcelId: parcel.id, purchaseOrderId: po.id };
  });
}

export const matchParcelOp = defineOperation({
  name: "warehouse.matchParcel",
  access: access.member("agent"),
  input: z.object({ parcelId: zId, purchaseOrderNumber: z.unknown() }),
  run: ({ db, caller }, { parcelId, purchaseOrderNumber }) =>
    matchParcel(db, caller.organisation.organisationId, parcelId, purchaseOrderNumber, caller.user.id),
});
