"use server";
// The partner settings' actions: each a gate operation of lib/partners/settings-operations.ts.
import { refresh } from "next/cache";
import { formAction } from "@/lib/gate/next";
import { createKeyOp, createWebhookOp, deleteWebhookOp, resendDeliveryOp, revokeKeyOp, topupOp } from "@/lib/partners/settings-operations";

export const createKeyAction = formAction(createKeyOp, { onSuccess: (key) => {
    refresh();
    return { status: "ok", errors: {}, values: {}, notice: key.key };
  } });
export const revokeKeyAction = formAction(revokeKeyOp, { onSuccess: () => refresh() });
export const createWebhookAction = formAction(createWebhookOp, { onSuccess: (endpoint) => {
    refresh();
    return { status: "ok", errors: {}, values: {}, notice: endpoint.secret };
  } });
export const deleteWebhookAction = formAction(deleteWebhookOp, { onSuccess: () => refresh() });
export const resendDeliveryAction = formAction(resendDeliveryOp, { onSuccess: () => refresh() });
export const topupAction = formAction(topupOp, { onSuccess: (topup) => {
    refresh();
    return { status: "ok", errors: {}, values: {}, notice: topup.checkoutUrl ?? undefined };
  } });
