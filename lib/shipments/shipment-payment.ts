import "server-only";
// The second payment, per SHIPMENT (SPEC 5/6): the real international shipping of the weighed parcel
// plus the shipment's extras (rehearsal packing, insurance, storage past the free days, extra QC
// photos), converted at the rate locked into the
// consolidated orders. The payment row names the newest order (the provider's checkout needs one)
// and belongs to the shipment through shipment_payments.
import { desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orders, payments, shipmentItems, shipmentPayments, shipments, orderLines } from "@/db/schema";
import { convertFromCny } from "@/lib/money/convert";
import { isCurrency } from "@/lib/money/currencies";
import { shipmentExtras } from "@/lib/warehouse/extra-charges";
import { notify } from "@/lib/warehouse/notify";
import { recordLineEvents } from "@/lib/warehouse/order-events";

type Shipment = typeof shipments.$inferSelect;

export async function shipmentLineIds(tx: Tx, shipmentId: number): Promise<number[]> {
  return (await tx.select({ id: shipmentItems.orderLineId }).from(shipmentItems).where(eq(shipmentItems.shipmentId, shipmentId))).map((r) => r.id);
}

export async function requestShipmentPayment(tx: Tx, shipment: Shipment, actorId: number | null) {
  const currency = shipment.currency;
  if (!isCurrency(currency)) throw new Error(`Shipment ${shipment.id} has an unknown currency ${currency}`);
  const shippingMinor = convertFromCny(shipment.shippingCostFen ?? 0, shipment.ratePerCny, currency);
  const rehearsalMinor = convertFromCny(shipment.rehearsalFen, shipment.ratePerCny, currency);
  const predictedMinor = convertFromCny(shipment.predictedCostFen ?? 0, shipment.ratePerCny, currency);
  // The extras billed at packing, each kind one line converted once (SPEC 2: the total adds up).
  const extras = await shipmentExtras(tx, shipment.id);
  const storageMinor = convertFromCny(extras.storageFen, shipment.ratePerCny, currency);
  const extraPhotosMinor = convertFromCny(extras.qcPhotosFen, shipment.ratePerCny, currency);
  const amountMinor = shippingMinor + rehearsalMinor + shipment.insuranceMinor + storageMinor + extraPhotosMinor;
  const lineIds = await shipmentLineIds(tx, shipment.id);
  const [order] = await tx
    .select({ id: orders.id, number: orders.number })
    .from(orders)
    .where(inArray(orders.id, tx.select({ id: orderLines.orderId }).from(orderLines).where(inArray(orderLines.id, lineIds.length ? lineIds : [-1]))))
    .orderBy(desc(orders.createdAt))
    .limit(1);
  const attempt = (await tx.select({ n: sql<number>`count(*)::int` }).from(shipmentPayments).where(eq(shipmentPayments.shipmentId, shipment.id)))[0].n;
  const details = {
    shipmentId: shipment.id, shipmentNumber: shipment.number, actualWeightG: shipment.actualWeightG, chargeableWeightG: shipment.chargeableWeightG,
    box: { lengthMm: shipment.lengthMm, widthMm: shipment.widthMm, heightMm: shipment.heightMm }, costFen: shipment.shippingCostFen,
    shippingMinor, rehearsalMinor, insuranceMinor: shipment.insuranceMinor, storageMinor, extraPhotosMinor, storageFen: extras.storageFen, extraPhotosFen: extras.qcPhotosFen, estimateMinor: predictedMinor, differenceMinor: shippingMinor - predictedMinor,
  };
  const [payment] = await tx
    .insert(payments)
    .values({ orderId: order.id, kind: "shipping", provider: "pending", idempotencyKey: `shipment-${shipment.id}-shipping-${Number(attempt) + 1}`, amountMinor, currency, details })
    .returning();
  await tx.insert(shipmentPayments).values({ paymentId: payment.id, shipmentId: shipment.id });
  await recordLineEvents(tx, lineIds, "shipment.payment_requested", { shipmentNumber: shipment.number, amountMinor, currency, differenceMinor: details.differenceMinor }, { shipmentId: shipment.id }, actorId);
  await notify(tx, shipment.buyerId, "shipping_payment", { shipmentNumber: shipment.number, amountMinor, currency }, `/shipments/${shipment.number}`);
  return payment;
}

/** The shipment's current payment: the newest attempt. */
export async function shipmentPaymentOf(tx: Tx, shipmentId: number) {
  const [row] = await tx
    .select({ payment: payments })
    .from(shipmentPayments)
    .innerJoin(payments, eq(payments.id, shipmentPayments.paymentId))
    .where(eq(shipmentPayments.shipmentId, shipmentId))
    .orderBy(desc(payments.id))
    .limit(1);
  return row?.payment ?? null;
}

/** Called by the payment webhook inside its transaction when a shipping payment succeeds. */
export async function onShipmentPaid(tx: Tx, paymentId: number) {
  const [row] = await tx.select({ shipment: shipments }).from(shipmentPayments).innerJoin(shipments, eq(shipments.id, shipmentPayments.shipmentId)).where(eq(shipmentPayments.paymentId, paymentId));
  if (!row) return false;
  const lineIds = await shipmentLineIds(tx, row.shipment.id);
  await recordLineEvents(tx, lineIds, "shipment.paid", { shipmentNumber: row.shipment.number }, { shipmentId: row.shipment.id }, null);
  return true;
}
