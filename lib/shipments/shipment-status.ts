// The consolidated shipment's life (SPEC 6): requested -> packing -> packed (weighed: the second
// payment is requested) -> shipped (paid, with an international tracking number) -> delivered;
// or cancelled before it leaves. Pure.
import { ConflictError } from "@/lib/errors";

export const shipmentStatuses = ["requested", "packing", "packed", "shipped", "delivered", "cancelled"] as const;
export type ShipmentStatus = (typeof shipmentStatuses)[number];

const transitions: Record<ShipmentStatus, readonly ShipmentStatus[]> = {
  requested: ["packing", "cancelled"],
  packing: ["packed", "cancelled"],
  // Re-weighed after a rehearsal the buyer did not like: back to packing.
  packed: ["shipped", "packing", "cancelled"],
  shipped: ["delivered"],
  delivered: [],
  cancelled: [],
};

export const canShipmentTransition = (from: ShipmentStatus, to: ShipmentStatus) => transitions[from].includes(to);

export function assertShipmentTransition(from: ShipmentStatus, to: ShipmentStatus): void {
  if (!canShipmentTransition(from, to)) throw new ConflictError("wh.shipmentTransition", `${from} -> ${to}`);
}

/** Nothing ships unpaid, and a rehearsal waits for the buyer's approval. */
export function assertCanShip(shipment: { status: ShipmentStatus; rehearsal: boolean; rehearsalApprovedAt: Date | null }, paid: boolean): void {
  assertShipmentTransition(shipment.status, "shipped");
  if (shipment.rehearsal && !shipment.rehearsalApprovedAt) throw new ConflictError("wh.rehearsalNotApproved");
  if (!paid) throw new ConflictError("wh.unpaid");
}

/** The tracking stages a carrier (or the agent) reports, in order. */
export const trackingStages = ["handed_over", "export_customs", "in_transit", "import_customs", "out_for_delivery", "delivered"] as const;
export type TrackingStage = (typeof trackingStages)[number];
