"use server";
// The warehouse's actions, through the gate: the agent (or buyer) comes from the session, and the
// operations answer "not found" for another agent's parcel or another buyer's goods.
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { redirect as localeRedirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { formAction } from "@/lib/gate/next";
import { createPurchaseOrdersOp } from "@/lib/purchase-orders/create-purchase-orders";
import { addTrackingEventOp } from "@/lib/shipments/add-tracking-event";
import { approveRehearsalOp } from "@/lib/shipments/approve-rehearsal";
import { createShipmentOp } from "@/lib/shipments/create-shipment";
import { confirmDeliveryOp } from "@/lib/shipments/deliver-shipment";
import { packShipmentOp, startPackingOp } from "@/lib/shipments/pack-shipment";
import { payShipmentOp } from "@/lib/shipments/pay-shipment";
import { shipShipmentOp } from "@/lib/shipments/ship-shipment";
import { decideGoodsOp } from "@/lib/warehouse/decide-goods";
import { matchParcelOp } from "@/lib/warehouse/match-parcel";
import { receiveParcelOp } from "@/lib/warehouse/receive-parcel";
import { recordQcOp } from "@/lib/warehouse/record-qc";
import { storeGoodsOp } from "@/lib/warehouse/store-goods";
import { addQcPhotosOp } from "@/lib/warehouse/add-qc-photos";
import { orderExtraPhotosOp } from "@/lib/warehouse/order-extra-photos";

const refusal = { notFound: "notFound", onSuccess: () => refresh() };

export const placePurchaseOrdersAction = formAction(createPurchaseOrdersOp, refusal);

export const scanParcelAction = formAction(receiveParcelOp, {
  ...refusal,
  onSuccess: async (result) => {
    const t = await getTranslations({ locale: await actionLocale(), namespace: "Warehouse.inbound" });
    refresh();
    return { status: "ok", errors: {}, values: {}, notice: t(`scan.${result.outcome}`, { code: result.code, po: result.purchaseOrderNumber ?? "" }) };
  },
});
export const matchParcelAction = formAction(matchParcelOp, refusal);
export const recordQcAction = formAction(recordQcOp, refusal);
export const storeGoodsAction = formAction(storeGoodsOp, refusal);
export const addQcPhotosAction = formAction(addQcPhotosOp, refusal);
export const startPackingAction = formAction(startPackingOp, refusal);
export const packShipmentAction = formAction(packShipmentOp, refusal);
export const shipShipmentAction = formAction(shipShipmentOp, refusal);
export const trackingEventAction = formAction(addTrackingEventOp, refusal);

export const decideGoodsAction = formAction(decideGoodsOp, refusal);
export const orderExtraPhotosAction = formAction(orderExtraPhotosOp, refusal);
export const approveRehearsalAction = formAction(approveRehearsalOp, refusal);
export const confirmDeliveryAction = formAction(confirmDeliveryOp, refusal);
export const createShipmentAction = formAction(createShipmentOp, {
  ...refusal,
  onSuccess: async (result) => localeRedirect({ href: `/shipments/${result.number}`, locale: await actionLocale() }),
});
export const payShipmentAction = formAction(payShipmentOp, { ...refusal, onSuccess: (result) => redirect(result.url) });
