// Records an event for a partner organisation (the events feed) and, in the same transaction, one
// delivery per subscribed webhook endpoint of the event's mode, each sent by a job. Callers pass
// their transaction, so an event exists exactly when the change it reports was committed.
//
// Call sites: order.paid (lib/payments/process-payment-event.ts, lib/partners/pay-order-from-balance.ts),
// order.refunded (lib/payments/refund-order-line.ts), order.purchased
// (lib/purchase-orders/create-purchase-orders.ts); the warehouse's parcel.received, qc.ready and
// shipment.* call `emitOrderPartnerEvent(tx, orderId, type, data)`.
import "server-only";
import { and, arrayContains, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { orders, partnerEvents, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { PartnerEventType } from "./events";
import { enqueueWebhookDelivery } from "./webhook-queue";

export async function emitPartnerEvent(tx: DbOrTx, partnerId: number, type: PartnerEventType, data: Record<string, unknown>, mode: "test" | "live" = "live") {
  const [event] = await tx.insert(partnerEvents).values({ partnerId, type, mode, data }).returning({ id: partnerEvents.id, createdAt: partnerEvents.createdAt });
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.partnerId, partnerId), eq(webhookEndpoints.mode, mode), isNull(webhookEndpoints.disabledAt), arrayContains(webhookEndpoints.events, [type])));
  const payload = { id: `evt_${event.id}`, type, created: event.createdAt.toISOString(), mode, data };
  for (const endpoint of endpoints) {
    const [delivery] = await tx
      .insert(webhookDeliveries)
      .values({ endpointId: endpoint.id, eventId: event.id, event: type, payload, nextAttemptAt: new Date() })
      .returning({ id: webhookDeliveries.id });
    await enqueueWebhookDelivery(tx, delivery.id);
  }
  return { eventId: event.id, deliveries: endpoints.length };
}

/** For an order's events: emitted only when the order belongs to a partner (else nothing). */
export async function emitOrderPartnerEvent(tx: DbOrTx, orderId: number, type: PartnerEventType, data: Record<string, unknown> = {}) {
  const [order] = await tx.select({ partnerId: orders.partnerId, number: orders.number, test: orders.test, status: orders.status, reference: orders.partnerReference }).from(orders).where(eq(orders.id, orderId));
  if (!order?.partnerId) return null;
  return emitPartnerEvent(tx, order.partnerId, type, { orderId, orderNumber: order.number, status: order.status, reference: order.reference, ...data }, order.test ? "test" : "live");
}
