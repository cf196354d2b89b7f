import "server-only";
// The agent hands a paid, packed shipment to the carrier (SPEC 6): international tracking number;
// the lines become `shipped` and their orders `shipping`. Nothing ships unpaid, and a rehearsal
// waits for the buyer's approval. One transaction with the timeline and the buyer's notification.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orders, shipments, timelineEvents } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { ownShipment } from "@/lib/warehouse/agent-scope";
import { notify } from "@/lib/warehouse/notify";
import { recordLineEvents } from "@/lib/warehouse/order-events";
import { shipmentLineIds, shipmentPaymentOf } from "./shipment-payment";
import { assertCanShip, type ShipmentStatus } from "./shipment-status";
import { moveOrderLines } from "@/lib/orders/move-order-lines";

export const shipSchema = z.object({
  carrier: z.string().trim().min(1, "poCarrier").max(60, "poCarrierTooLong"),
  trackingNumber: z.string().trim().transform((t) => t.replace(/\s+/g, "").toUpperCase()).pipe(z.string().regex(/^[A-Z0-9-]{6,60}$/, "poTrackingNumber")),
});

export async function shipShipment(db: Db, agentId: number, shipmentId: number, input: unknown, actorId: number | null, now = new Date()) {
  const parsed = shipSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.map(String), key: i.message })));
  return db.transaction(async (tx) => {
    const shipment = await ownShipment(tx, agentId, shipmentId, { forUpdate: true });
    const payment = await shipmentPaymentOf(tx, shipment.id);
    assertCanShip({ status: shipment.status as ShipmentStatus, rehearsal: shipment.rehearsal, rehearsalApprovedAt: shipment.rehearsalApprovedAt }, payment?.status === "succeeded");
    await tx.update(shipments).set({ status: "shipped", carrier: parsed.data.carrier, trackingNumber: parsed.data.trackingNumber, shippedAt: now }).where(eq(shipments.id, shipment.id));
    const lineIds = await shipmentLineIds(tx, shipment.id);
    await moveOrderLines(tx, lineIds, "shipped");
    const orderIds = await recordLineEvents(tx, lineIds, "shipment.shipped", { shipmentNumber: shipment.number, ...parsed.data }, { shipmentId: shipment.id }, actorId);
    const moved = await tx
      .update(orders)
      .set({ status: "shipping" })
      .where(and(inArray(orders.id, orderIds), inArray(orders.status, ["purchasing", "at_warehouse"])))
      .returning({ id: orders.id });
    if (moved.length) await tx.insert(timelineEvents).values(moved.map((o) => ({ orderId: o.id, kind: "order.shipping", data: {}, actorId })));
    await notify(tx, shipment.buyerId, "shipped", { shipmentNumber: shipment.number, ...parsed.data }, `/shipments/${shipment.number}`);
    return { id: shipment.id };
  });
}

export const shipShipmentOp = defineOperation({
  name: "shipments.ship",
  access: access.member("agent"),
  input: z.object({ shipmentId: zId, carrier: z.unknown(), trackingNumber: z.unknown() }),
  run: ({ db, caller }, { shipmentId, carrier, trackingNumber }) => shipShipment(db, caller.organisation.organisationId, shipmentId, { carrier, trackingNumber }, caller.user.id),
});
