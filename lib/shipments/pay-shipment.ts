import "server-only";
// The buyer pays a shipment's second payment: the provider's checkout for the shipment's pending
// payment (the same startPayment as every payment), coming back to the shipment's page.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orders, shipments } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { startPayment } from "@/lib/orders/start-payment";
import { activePaymentProvider } from "@/lib/payments/active-provider";
import { requestOrigin } from "@/lib/request-origin";
import { shipmentPaymentOf } from "./shipment-payment";

export async function payShipment(db: Db, buyerId: number, shipmentId: number, locale: string, origin: string) {
  const [shipment] = await db.select().from(shipments).where(eq(shipments.id, shipmentId));
  if (!shipment || shipment.buyerId !== buyerId) throw new NotFoundError("shipment", shipmentId);
  const payment = await db.transaction((tx) => shipmentPaymentOf(tx, shipment.id));
  if (!payment || payment.status !== "pending") throw new ConflictError("wh.notPayable");
  const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.id, payment.orderId));
  return startPayment(db, activePaymentProvider(), { buyerId, orderId: order.id, kind: "shipping", locale, returnUrl: `${origin}/${locale}/shipments/${shipment.number}` });
}

export const payShipmentOp = defineOperation({
  name: "shipments.pay",
  access: access.user,
  input: z.object({ shipmentId: zId }),
  run: async ({ db, caller, locale }, { shipmentId }) => payShipment(db, caller.user.id, shipmentId, locale, await requestOrigin()),
});
