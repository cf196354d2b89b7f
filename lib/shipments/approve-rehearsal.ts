import "server-only";
// The buyer approves a rehearsal packing (packed, weighed, held): the second payment is requested.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { shipments } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { recordLineEvents } from "@/lib/warehouse/order-events";
import { requestShipmentPayment, shipmentLineIds } from "./shipment-payment";

export async function approveRehearsal(db: Db, buyerId: number, shipmentId: number, now = new Date()) {
  return db.transaction(async (tx) => {
    const [shipment] = await tx.select().from(shipments).where(and(eq(shipments.id, shipmentId), eq(shipments.buyerId, buyerId))).for("update");
    if (!shipment) throw new NotFoundError("shipment", shipmentId);
    if (!shipment.rehearsal || shipment.status !== "packed" || shipment.rehearsalApprovedAt) throw new ConflictError("wh.shipmentTransition");
    const [approved] = await tx.update(shipments).set({ rehearsalApprovedAt: now }).where(eq(shipments.id, shipment.id)).returning();
    await recordLineEvents(tx, await shipmentLineIds(tx, shipment.id), "shipment.rehearsal_approved", { shipmentNumber: shipment.number }, { shipmentId: shipment.id }, buyerId);
    const payment = await requestShipmentPayment(tx, approved, buyerId);
    return { paymentId: payment.id };
  });
}

export const approveRehearsalOp = defineOperation({
  name: "shipments.approveRehearsal",
  access: access.user,
  input: z.object({ shipmentId: zId }),
  run: ({ db, caller }, { shipmentId }) => approveRehearsal(db, caller.user.id, shipmentId),
});
