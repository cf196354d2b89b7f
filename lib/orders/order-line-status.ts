// An order line's life (SPEC 6): open -> ordered (on a purchase order) -> received -> qc_passed /
// qc_failed -> stored (approved and shelved) -> shipped; or refunded (rejected by the factory,
// returned after QC), cancelled (unpaid), abandoned (stored and not shipped for the agent's
// abandonAfterDays). Pure: the operations assert it.
import { ConflictError } from "@/lib/errors";

export const orderLineStatuses = ["open", "ordered", "received", "qc_passed", "qc_failed", "stored", "shipped", "refunded", "cancelled", "abandoned"] as const;
export type OrderLineStatus = (typeof orderLineStatuses)[number];

const transitions: Record<OrderLineStatus, readonly OrderLineStatus[]> = {
  open: ["ordered", "refunded", "cancelled"],
  ordered: ["received", "refunded", "cancelled"],
  received: ["qc_passed", "qc_failed"],
  qc_passed: ["stored", "refunded"],
  qc_failed: ["stored", "refunded"],
  stored: ["shipped", "abandoned"],
  shipped: [],
  refunded: [],
  cancelled: [],
  abandoned: [],
};

export const canLineTransition = (from: OrderLineStatus, to: OrderLineStatus) => transitions[from].includes(to);

export function assertLineTransition(from: OrderLineStatus, to: OrderLineStatus): void {
  if (!canLineTransition(from, to)) throw new ConflictError("wh.lineTransition", `order line ${from} -> ${to}`);
}

/** Lines whose goods are still at the warehouse and may get extras (more QC photos). */
export const atWarehouse = (status: OrderLineStatus) => status === "qc_passed" || status === "qc_failed" || status === "stored";
