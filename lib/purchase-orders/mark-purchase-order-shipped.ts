import "server-only";
// The factory ships a purchase order it accepted: carrier and domestic tracking number; the agent's
// warehouse now expects the parcel (inbound_parcels, status expected). If the warehouse already
// scanned that tracking number as an unmatched parcel, that parcel is matched to the order instead.
// One transaction, with timeline events for the purchase order, the parcel and the buyers' orders.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { inboundParcels, purchaseOrders, timelineEvents } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { findFactoryPurchaseOrder } from "./find-factory-purchase-order";
import { assertTransition } from "./purchase-order-status";
import { recordPurchaseOrderEvent } from "./record-purchase-order-event";

export const shipPurchaseOrderSchema = z.object({
  carrier: z.string({ error: "carrier.required" }).trim().min(1, "carrier.required").max(60, "carrier.tooLong"),
  trackingNumber: z
    .string({ error: "trackingNumber.required" })
    .trim()
    .transform((t) => t.replace(/\s+/g, "").toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9-]{6,60}$/, "trackingNumber.invalid")),
});
export type ShipPurchaseOrderInput = z.input<typeof shipPurchaseOrderSchema>;

export async function markPurchaseOrderShipped(
  db: Db,
  factoryId: number,
  purchaseOrderId: number,
  input: unknown,
  options: { actorId?: number | null } = {},
): Promise<{ parcelId: number }> {
  const parsed = shipPurchaseOrderSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.map(String), key: i.message })));
  const { carrier, trackingNumber } = parsed.data;
  const actorId = options.actorId ?? null;

  return db.transaction(async (tx) => {
    const po = await findFactoryPurchaseOrder(tx, factoryId, purchaseOrderId, { forUpdate: true });
    assertTransition(po.status, "shipped");
    const [known] = await tx
      .select()
      .from(inboundParcels)
      .where(and(eq(inboundParcels.warehouseId, po.warehouseId), eq(inboundParcels.trackingNumber, trackingNumber)))
      .for("update");
    if (known && known.purchaseOrderId !== null) {
      throw new ValidationError([{ path: ["trackingNumber"], key: "trackingNumber.inUse" }]);
    }
    const shippedAt = new Date();
    await tx.update(purchaseOrders).set({ status: "shipped", carrier, trackingNumber, shippedAt }).where(eq(purchaseOrders.id, po.id));
    let parcelId: number;
    if (known) {
      await tx
        .update(inboundParcels)
        .set({ purchaseOrderId: po.id, carrier: known.carrier ?? carrier })
        .where(and(eq(inboundParcels.id, known.id), isNull(inboundParcels.purchaseOrderId)));
      parcelId = known.id;
    } else {
      [{ id: parcelId }] = await tx
        .insert(inboundParcels)
        .values({ warehouseId: po.warehouseId, purchaseOrderId: po.id, carrier, trackingNumber, status: "expected" })
        .returning({ id: inboundParcels.id });
    }
    await recordPurchaseOrderEvent(tx, po, "purchase_order.shipped", { carrier, trackingNumber, parcelId }, actorId);
    await tx.insert(timelineEvents).values({
      parcelId, purchaseOrderId: po.id, kind: known ? "parcel.matched" : "parcel.expected", data: { carrier, trackingNumber }, actorId,
    });
    return { parcelId };
  });
}

/** Through the gate: the factory marks its purchase order shipped with carrier and tracking number. */
export const markPurchaseOrderShippedOp = defineOperation({
  name: "purchaseOrders.markShipped",
  access: access.member("factory"),
  input: z.object({ purchaseOrderId: zId, carrier: z.unknown(), trackingNumber: z.unknown() }),
  run: ({ db, caller }, { purchaseOrderId, carrier, trackingNumber }) =>
    markPurchaseOrderShipped(db, caller.organisation.organisationId, purchaseOrderId, { carrier, trackingNumber }, { actorId: caller.user.id }),
});
