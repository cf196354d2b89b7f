"use server";
// The factory's purchase order actions, through the gate: the factory comes from the session, and
// the operations answer "not found" for another factory's purchase order.
import { refresh } from "next/cache";
import { formAction } from "@/lib/gate/next";
import { acceptPurchaseOrderOp } from "@/lib/purchase-orders/accept-purchase-order";
import { markPurchaseOrderShippedOp } from "@/lib/purchase-orders/mark-purchase-order-shipped";
import { rejectPurchaseOrderLineOp } from "@/lib/purchase-orders/reject-purchase-order-line";

/** The purchase order operations' message keys -> Forms.errors keys. */
const keys: Record<string, string> = {
  "carrier.required": "poCarrier",
  "carrier.tooLong": "poCarrierTooLong",
  "trackingNumber.required": "poTrackingNumber",
  "trackingNumber.invalid": "poTrackingNumber",
  "trackingNumber.inUse": "poTrackingInUse",
  "rejectReason.required": "poRejectReason",
  "rejectReason.tooLong": "poRejectReasonTooLong",
  "purchaseOrders.invalidTransition": "poInvalidTransition",
  "purchaseOrders.cannotRejectNow": "poCannotRejectNow",
  "purchaseOrders.lineAlreadyRejected": "poLineAlreadyRejected",
};
const refusal = { keys, notFound: "poNotFound", conflictFallback: "poInvalidTransition", onSuccess: () => refresh() };

export const acceptPurchaseOrderAction = formAction(acceptPurchaseOrderOp, refusal);
export const rejectLineAction = formAction(rejectPurchaseOrderLineOp, refusal);
export const markShippedAction = formAction(markPurchaseOrderShippedOp, refusal);
