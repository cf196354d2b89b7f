"use server";
// The factory's purchase order actions: accept, reject a line as out of stock (the buyer's line is
// refunded), mark shipped with the carrier and tracking number. The factory comes from the session;
// the domain operations answer "not found" for another factory's purchase order.
import { refresh } from "next/cache";
import { getDb } from "@/db";
import { actionLocale } from "@/lib/action-locale";
import { refundOrderLine } from "@/lib/payments/refund-order-line";
import { currentFactory } from "@/lib/auth/require-factory";
import type { FormState } from "@/lib/forms/form-state";
import { formId, formText } from "@/lib/forms/form-fields";
import { refusedState } from "@/lib/forms/refused-state";
import { formError } from "@/lib/forms/parse-form";
import { acceptPurchaseOrder } from "@/lib/purchase-orders/accept-purchase-order";
import { markPurchaseOrderShipped } from "@/lib/purchase-orders/mark-purchase-order-shipped";
import { rejectPurchaseOrderLine } from "@/lib/purchase-orders/reject-purchase-order-line";


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

const refused = async (error: unknown, formData: FormData) => refusedState(error, formData, await actionLocale(), { notFound: "poNotFound", keys, conflictFallback: "poInvalidTransition" });

const done: FormState = { status: "ok", errors: {}, values: {} };

export async function acceptPurchaseOrderAction(_: FormState, formData: FormData): Promise<FormState> {
  const factory = await currentFactory();
  if (!factory) return formError("signedOut", formData, await actionLocale());
  try {
    await acceptPurchaseOrder(await getDb(), factory.factoryId, formId(formData.get("purchaseOrderId")), { actorId: factory.user.id });
  } catch (error) {
    return refused(error, formData);
  }
  refresh();
  return done;
}

export async function rejectLineAction(_: FormState, formData: FormData): Promise<FormState> {
  const factory = await currentFactory();
  if (!factory) return formError("signedOut", formData, await actionLocale());
  try {
    const db = await getDb();
    const refund = await rejectPurchaseOrderLine(
      db, factory.factoryId, formId(formData.get("purchaseOrderId")), formId(formData.get("orderLineId")), { reason: formText(formData, "reason") }, { actorId: factory.user.id },
    );
    // After the rejection is committed: the buyer gets the line's money back.
    await refundOrderLine(db, refund);
  } catch (error) {
    return refused(error, formData);
  }
  refresh();
  return done;
}

export async function markShippedAction(_: FormState, formData: FormData): Promise<FormState> {
  const factory = await currentFactory();
  if (!factory) return formError("signedOut", formData, await actionLocale());
  try {
    await markPurchaseOrderShipped(
      await getDb(), factory.factoryId, formId(formData.get("purchaseOrderId")), { carrier: formText(formData, "carrier"), trackingNumber: formText(formData, "trackingNumber") }, { actorId: factory.user.id },
    );
  } catch (error) {
    return refused(error, formData);
  }
  refresh();
  return done;
}
