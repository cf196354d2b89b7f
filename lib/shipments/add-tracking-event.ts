import "server-only";
// A tracking event of a shipped parcel (SPEC 6), entered by the agent or received on the signed
// carrier webhook: handed over, export customs, in transit, import customs, out for delivery,
// delivered (which delivers the shipment). Written on the shipment's and the orders' timelines.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { shipments } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { ownShipment } from "@/lib/warehouse/agent-scope";
import { recordLineEvents } from "@/lib/warehouse/order-events";
import { markDelivered } from "./deliver-shipment";
import { shipmentLineIds } from "./shipment-payment";
import { trackingStages } from "./shipment-status";

export const trackingSchema = z.object({
  stage: z.enum(trackingStages, "wh.trackingStage"),
  location: z.string().trim().max(80, "tooLong").optional().default(""),
  occurredAt: z.coerce.date().optional(),
});

export async function addTrackingEvent(
  db: Db,
  find: { agentId: number; shipmentId: number } | { trackingNumber: string },
  input: unknown,
  source: "agent" | "carrier",
  actorId: number | null,
  now = new Date(),
) {
  const parsed = trackingSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.map(String), key: i.message })));
  const { stage, location, occurredAt } = parsed.data;
  return db.transaction(async (tx) => {
    let shipment;
    if ("agentId" in find) shipment = await ownShipment(tx, find.agentId, find.shipmentId, { forUpdate: true });
    else {
      [shipment] = await tx.select().from(shipments).where(and(eq(shipments.trackingNumber, find.trackingNumber), eq(shipments.status, "shipped"))).for("update");
      if (!shipment) throw new NotFoundError("shipment", find.trackingNumber);
    }
    if (shipment.status !== "shipped") throw new ConflictError("wh.notShipped");
    const lineIds = await shipmentLineIds(tx, shipment.id);
    await recordLineEvents(tx, lineIds, `tracking.${stage}`, { shipmentNumber: shipment.number, location, source, occurredAt: (occurredAt ?? now).toISOString() }, { shipmentId: shipment.id }, actorId);
    if (stage === "delivered") await markDelivered(tx, shipment, source === "carrier" ? "carrier" : "agent", actorId, now);
    return { id: shipment.id, stage };
  });
}

export const addTrackingEventOp = defineOperation({
  name: "shipments.addTrackingEvent",
  access: access.member("agent"),
  input: z.object({ shipmentId: zId, stage: z.unknown(), location: z.unknown().optional() }),
  run: ({ db, caller }, { shipmentId, stage, location }) =>
    addTrackingEvent(db, { agentId: caller.organisation.organisationId, shipmentId }, { stage, location }, "agent", caller.user.id),
});
