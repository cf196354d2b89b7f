// Every state change of an order writes one timeline event (SPEC 6); the buyer reads them in order.
import "server-only";
import type { DbOrTx } from "@/db/client";
import { timelineEvents } from "@/db/schema";

export type OrderEventKind =
  | "order_placed"
  | "payment_started"
  | "paid"
  | "payment_attempt_failed"
  | "payment_failed"
  | "payment_expired"
  | "order_cancelled"
  | "payment_amount_mismatch"
  | "shipping_payment_requested"
  | "shipping_paid"
  | "line_refunded";

export async function addOrderEvent(db: DbOrTx, orderId: number, kind: OrderEventKind, data: Record<string, unknown> = {}, actorId?: number) {
  await db.insert(timelineEvents).values({ orderId, kind, data, actorId: actorId ?? null });
}
