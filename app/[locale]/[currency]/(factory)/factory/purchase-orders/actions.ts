"use server";
// The factory's purchase order actions: accept, reject a line as out of stock (the buyer's line is
// refunded), mark shipped with the carrier and tracking number. The factory comes from the session;
// the domain operations answer "not found" for another factory's purchase order.
import { refresh } from "next/cache";
import { getDb } from "@/db";
import { actionLocale } from "@/lib/action-locale";
import { refundOrderLine } from "@/lib/payments/refund-order-line";
import { currentFactory } from "@/lib/auth/require-factory";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { formError } from "@/lib/forms/parse-form";
import { validationState } from "@/lib/forms/validation-state";
import { acceptPurchaseOrder } from "@/lib/purchase-orders/accept-purchase-order";
import { markPurchaseOrderShipped } from "@/lib/purchase-orders/mark-purchase-order-shipped";
import { rejectPurchaseOrderLine } from "@/lib/purchase-orders/reject-purchase-order-line";

const id = (value: FormDataEntryValue | null) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : -1);
const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

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

async function refused(error: unknown, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  if (error instanceof ValidationError) return validationState(error, formData, locale, keys);
  if (error instanceof ConflictError) return formError(keys[error.key] ?? "poInvalidTransition", formData, locale);
  if (error instanceof NotFoundError) return formError("poNotFound", formData, locale);
  throw error;
}

const done: FormState = { status: "ok", errors: {}, values: {} };

export async function acceptPurchaseOrderAction(_: FormState, formData: FormData): Promise<FormState> {
  const factory = await currentFactory();
  if (!factory) return formError("signedOut", formData, await actionLocale());
  try {
    await acceptPurchaseOrder(await getDb(), factory.factoryId, id(formData.get("purchaseOrderId")), { actorId: factory.user.id });
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
      db, factory.factoryId, id(formData.get("purchaseOrderId")), id(formData.get("orderLineId")), { reason: field(formData, "reason") }, { actorId: factory.user.id },
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
      await getDb(), factory.factoryId, id(formData.get("purchaseOrderId")), { carrier: field(formData, "carrier"), trackingNumber: field(formData, "trackingNumber") }, { actorId: factory.user.id },
    );
  } catch (error) {
    return refused(error, formData);
  }
  refresh();
  return done;
}
