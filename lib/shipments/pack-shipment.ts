import "server-only";
// The agent packs a consolidated shipment (SPEC 6): `packing`, then the real weight and box sizes
// (`packed`): chargeable weight and real cost on the shipment's line (the same quoteLine as the
// prediction), the extras of its goods (storage past the free days, extra QC photos) billed to it,
// and the second payment is requested for the shipment, with the difference from the prediction. A rehearsal is held for the buyer's approval first (approveRehearsal).
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { shipments, shippingLines } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { quoteLine } from "@/lib/shipping/chargeable-weight";
import { ownShipment } from "@/lib/warehouse/agent-scope";
import { notify } from "@/lib/warehouse/notify";
import { billExtrasToShipment } from "@/lib/warehouse/extra-charges";
import { recordLineEvents } from "@/lib/warehouse/order-events";
import { requestShipmentPayment, shipmentLineIds, shipmentPaymentOf } from "./shipment-payment";
import { assertShipmentTransition, type ShipmentStatus } from "./shipment-status";

const measure = (max: number) => z.coerce.number("invalid").positive("invalid").max(max, "invalid");
export const packSchema = z.object({ weightKg: measure(1000), lengthCm: measure(300), widthCm: measure(300), heightCm: measure(300) });

export async function startPacking(db: Db, agentId: number, shipmentId: number, actorId: number | null) {
  return db.transaction(async (tx) => {
    const shipment = await ownShipment(tx, agentId, shipmentId, { forUpdate: true });
    assertShipmentTransition(shipment.status as ShipmentStatus, "packing");
    await tx.update(shipments).set({ status: "packing", rehearsalApprovedAt: null }).where(eq(shipments.id, shipment.id));
    await recordLineEvents(tx, await shipmentLineIds(tx, shipment.id), "shipment.packing", { shipmentNumber: shipment.number }, { shipmentId: shipment.id }, actorId);
    return { id: shipment.id };
  });
}

export async function packShipment(db: Db, agentId: number, shipmentId: number, input: unknown, actorId: number | null, now = new Date()) {
  const parsed = packSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.map(String), key: "invalid" })));
  const { weightKg, lengthCm, widthCm, heightCm } = parsed.data;
  return db.transaction(async (tx) => {
    const shipment = await ownShipment(tx, agentId, shipmentId, { forUpdate: true });
    assertShipmentTransition(shipment.status as ShipmentStatus, "packed");
    const open = await shipmentPaymentOf(tx, shipment.id);
    if (open && (open.status === "pending" || open.status === "succeeded")) throw new ConflictError("wh.alreadyRequested");
    const [line] = await tx.select().from(shippingLines).where(eq(shippingLines.id, shipment.shippingLineId));
    const actualWeightG = Math.round(weightKg * 1000);
    const box = { lengthMm: Math.round(lengthCm * 10), widthMm: Math.round(widthCm * 10), heightMm: Math.round(heightCm * 10) };
    const quote = quoteLine({ weightG: actualWeightG, box }, line);
    if (quote.costFen == null) throw new ValidationError([{ path: ["weightKg"], key: "tooHeavy" }]);
    const [packed] = await tx
      .update(shipments)
      .set({ status: "packed", actualWeightG, ...box, chargeableWeightG: quote.chargeableWeightG, shippingCostFen: quote.costFen, packedAt: now })
      .where(eq(shipments.id, shipment.id))
      .returning();
    // The storage months started up to now and the extra photos ordered: billed to this shipment, once.
    await billExtrasToShipment(tx, shipment.id, now);
    const lineIds = await shipmentLineIds(tx, shipment.id);
    await recordLineEvents(tx, lineIds, "shipment.packed", { shipmentNumber: shipment.number, actualWeightG, chargeableWeightG: quote.chargeableWeightG, predictedChargeableG: shipment.predictedChargeableG }, { shipmentId: shipment.id }, actorId);
    if (shipment.rehearsal) {
      await notify(tx, shipment.buyerId, "rehearsal_ready", { shipmentNumber: shipment.number }, `/shipments/${shipment.number}`);
      return { id: shipment.id, chargeableWeightG: quote.chargeableWeightG, costFen: quote.costFen, paymentId: null };
    }
    const payment = await requestShipmentPayment(tx, packed, actorId);
    return { id: shipment.id, chargeableWeightG: quote.chargeableWeightG, costFen: quote.costFen, paymentId: payment.id };
  });
}

export const startPackingOp = defineOperation({
  name: "shipments.startPacking",
  access: access.member("agent"),
  input: z.object({ shipmentId: zId }),
  run: ({ db, caller }, { shipmentId }) => startPacking(db, caller.organisation.organisationId, shipmentId, caller.user.id),
});

export const packShipmentOp = defineOperation({
  name: "shipments.pack",
  access: access.member("agent"),
  input: z.object({ shipmentId: zId }).passthrough(),
  run: ({ db, caller }, { shipmentId, ...rest }) => packShipment(db, caller.organisation.organisationId, shipmentId, rest, caller.user.id),
});
