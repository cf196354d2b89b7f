// Webhook deliveries go through the PostgreSQL job queue (lib/jobs): one job per delivery,
// enqueued in the caller's transaction, retried with exponential backoff by the queue.
import "server-only";
import type { DbOrTx } from "@/db";

export const WEBHOOK_JOB = "partners.deliverWebhook";

export async function enqueueWebhookDelivery(tx: DbOrTx, deliveryId: number) {
  // Replaced by enqueueJob once lib/jobs has landed.
  void tx;
  void deliveryId;
}
