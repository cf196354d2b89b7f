// The purchase order's life (SPEC 6): placed -> accepted -> shipped -> received, or rejected when
// the factory cannot supply any of its lines. Pure: used by the operations and by pages to show only
// the actions that are possible.
import { ConflictError } from "@/lib/errors";

export const purchaseOrderStatuses = ["placed", "accepted", "shipped", "received", "rejected"] as const;
export type PurchaseOrderStatus = (typeof purchaseOrderStatuses)[number];

const transitions: Record<PurchaseOrderStatus, readonly PurchaseOrderStatus[]> = {
  placed: ["accepted", "rejected"],
  accepted: ["shipped", "rejected"],
  shipped: ["received"],
  received: [],
  rejected: [],
};

export const nextStatuses = (from: PurchaseOrderStatus): readonly PurchaseOrderStatus[] => transitions[from];

export const canTransition = (from: PurchaseOrderStatus, to: PurchaseOrderStatus) => transitions[from].includes(to);

/** Lines can be rejected (out of stock) until the goods leave the factory. */
export const canRejectLines = (status: PurchaseOrderStatus) => status === "placed" || status === "accepted";

export function assertTransition(from: PurchaseOrderStatus, to: PurchaseOrderStatus): void {
  if (!canTransition(from, to)) throw new ConflictError("purchaseOrders.invalidTransition", `${from} -> ${to}`);
}
