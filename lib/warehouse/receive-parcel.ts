import "server-only";
// Scan to receive (SPEC 6): the code a scanner reads is the factory's tracking number or the
// purchase order number on our packing slip. An expected parcel becomes `received` (time and staff
// recorded), its purchase order `received` and its lines `received`; a second scan of the same
// parcel is reported, never recorded twice; an unknown code is kept as an unmatched parcel.
// One transaction, with timeline events.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { inboundParcels, purchaseOrderLines, purchaseOrders, orderLines, timelineEvents } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { ownWarehouse } from "./agent-scope";
import { assertParcelTransition } from "./parcel-status";
import { recordLineEvents } from "./order-events";
import { moveOrderLines } from "@/lib/orders/move-order-lines";

export const scanCode = z
  .string({ error: "scanEmpty" })
  .trim()
  .transform((t) => t.replace(/\s+/g, "").toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9-]{6,60}$/, "scanInvalid"));

export type ScanOutcome = "received" | "duplicate" | "unmatched";

export interface ScanResult {
  outcome: ScanOutcome;
  parcelId: number;
  code: string;
  purchaseOrderNumber: string | null;
  receivedAt: Date;
}

export async function receiveParcel(db: Db, agentId: number, warehouseId: number, rawCode: unknown, actorId: number | null, now = new Date()): Promise<ScanResult> {
  const parsed = scanCode.safeParse(rawCode);
  if (!parsed.success) throw new ValidationError([{ path: ["code"], key: parsed.error.issues[0]?.message === "scanEmpty" ? "wh.scanEmpty" : "wh.scanInvalid" }]);
  const code = parsed.data;
  return db.transaction(async (tx) => {
    await ownWarehouse(tx, agentId, warehouseId);
    // By tracking number, or by the purchase order number printed as a barcode on our packing slip:
    // two index lookups (an OR across the join would scan every parcel of the warehouse).
    const lookup = (where: ReturnType<typeof and>) =>
      tx
        .select({ parcel: inboundParcels, poNumber: purchaseOrders.number })
        .from(inboundParcels)
        .leftJoin(purchaseOrders, eq(purchaseOrders.id, inboundParcels.purchaseOrderId))
        .where(where)
        .limit(1)
        .for("update", { of: inboundParcels });
    let [hit] = await lookup(and(eq(inboundParcels.warehouseId, warehouseId), eq(inboundParcels.trackingNumber, code)));
    if (!hit) {
      [hit] = await lookup(
        and(eq(inboundParcels.warehouseId, warehouseId), inArray(inboundParcels.purchaseOrderId, tx.select({ id: purchaseOrders.id }).from(purchaseOrders).where(eq(purchaseOrders.number, code)))),
      );
    }
    if (hit) {
      if (hit.parcel.status !== "expected") {
        await tx.insert(timelineEvents).values({ parcelId: hit.parcel.id, kind: "parcel.scanned_again", data: { code }, actorId });
        return { outcome: "duplicate", parcelId: hit.parcel.id, code, purchaseOrderNumber: hit.poNumber, receivedAt: hit.parcel.receivedAt ?? now };
      }
      await markReceived(tx, hit.parcel.id, hit.parcel.purchaseOrderId, actorId, now, { code });
      return { outcome: "received", parcelId: hit.parcel.id, code, purchaseOrderNumber: hit.poNumber, receivedAt: now };
    }
    // A purchase order number of this warehouse that is not shipped yet (the factory forgot to say so).
    const [po] = await tx
      .select()
      .from(purchaseOrders)
      .where(and(eq(purchaseOrders.number, code), eq(purchaseOrders.warehouseId, warehouseId), inArray(purchaseOrders.status, ["placed", "accepted"])))
      .for("update");
    if (po) {
      const [parcel] = await tx
        .insert(inboundParcels)
        .values({ warehouseId, purchaseOrderId: po.id, trackingNumber: code, status: "expected" })
        .returning({ id: inboundParcels.id });
      await tx.update(purchaseOrders).set({ trackingNumber: po.trackingNumber ?? code }).where(eq(purchaseOrders.id, po.id));
      await markReceived(tx, parcel.id, po.id, actorId, now, { code });
      return { outcome: "received", parcelId: parcel.id, code, purchaseOrderNumber: po.number, receivedAt: now };
    }
    const [parcel] = await tx
      .insert(inboundParcels)
      .values({ warehouseId, trackingNumber: code, status: "received", receivedAt: now, receivedBy: actorId })
      .returning({ id: inboundParcels.id });
    await tx.insert(timelineEvents).values({ parcelId: parcel.id, kind: "parcel.unmatched", data: { code }, actorId });
    return { outcome: "unmatched", parcelId: parcel.id, code, purchaseOrderNumber: null, receivedAt: now };
  });
}

/** Expected -> received, with the purchase order and its lines. */
export async function markReceived(tx: Tx, parcelId: number, purchaseOrderId: number | null, actorId: number | null, now: Date, data: Record<string, unknown>) {
  assertParcelTransition("expected", "received");
  await tx.update(inboundParcels).set({ status: "received", receivedAt: now, receivedBy: actorId }).where(eq(inboundParcels.id, parcelId));
  let lineIds: number[] = [];
  if (purchaseOrderId != null) {
    await tx
      .update(purchaseOrders)
      .set({ status: "received", receivedAt: now })
      .where(and(eq(purchaseOrders.id, purchaseOrderId), inArray(purchaseOrders.status, ["placed", "accepted", "shipped"])));
    lineIds = (
      await tx
        .select({ id: purchaseOrderLines.orderLineId })
        .from(purchaseOrderLines)
        .where(and(eq(purchaseOrderLines.purchaseOrderId, purchaseOrderId), eq(purchaseOrderLines.rejected, false)))
    ).map((l) => l.id);
    // Lines still on order arrive; one the factory already rejected (refunded) stays as it is.
    const arriving = lineIds.length
      ? (await tx.select({ id: orderLines.id }).from(orderLines).where(and(inArray(orderLines.id, lineIds), eq(orderLines.status, "ordered")))).map((l) => l.id)
      : [];
    await moveOrderLines(tx, arriving, "received");
    await tx.insert(timelineEvents).values({ purchaseOrderId, kind: "purchase_order.received", data: { parcelId }, actorId });
  }
  await recordLineEvents(tx, lineIds, "parcel.received", data, { parcelId }, actorId);
}

/** Through the gate: the warehouse scans a parcel. */
export const receiveParcelOp = defineOperation({
  name: "warehouse.receiveParcel",
  access: access.member("agent"),
  input: z.object({ warehouseId: zId, code: z.unknown() }),
  run: ({ db, caller }, { warehouseId, code }) => receiveParcel(db, caller.organisation.organisationId, warehouseId, code, caller.user.id),
});
