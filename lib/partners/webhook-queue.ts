// Webhook deliveries are jobs of the PostgreSQL job queue (lib/jobs): one job per delivery,
// enqueued in the transaction that recorded the event, retried by the queue with exponential
// backoff (30 s, 1 min, 2 min, … 9 retries), every attempt logged by sendWebhookDelivery.
import "server-only";
import type { DbOrTx } from "@/db";
import { defineJob } from "@/lib/jobs/define-job";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { sendWebhookDelivery } from "./send-webhook-delivery";

export const RETRY_LIMIT = 9;
export const RETRY_DELAY_SECONDS = 30;

/** Seconds before the retry after n failed attempts (the queue's exponential backoff). */
export const backoffSeconds = (attempts: number) => RETRY_DELAY_SECONDS * 2 ** Math.max(0, attempts - 1);

export const deliverWebhookJob = defineJob<{ deliveryId: number }>({
  name: "partners.deliver-webhook",
  retryLimit: RETRY_LIMIT,
  retryDelaySeconds: RETRY_DELAY_SECONDS,
  handler: async ({ deliveryId }, { db, retryCount }) => {
    await sendWebhookDelivery(db, deliveryId, fetch, { retryCount, retryLimit: RETRY_LIMIT });
  },
});

export async function enqueueWebhookDelivery(tx: DbOrTx, deliveryId: number, key = `delivery-${deliveryId}`) {
  await enqueueJob(tx, deliverWebhookJob.name, { deliveryId }, { singletonKey: key });
}

/** "Resend" on the settings page: a new job for the delivery, due now. */
export async function resendWebhookDelivery(db: DbOrTx, partnerId: number, deliveryId: number): Promise<boolean> {
  const found = rowsOf(
    await db.execute(sql`
      select d.id from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
      where d.id = ${deliveryId} and e.partner_id = ${partnerId}`),
  );
  if (found.length === 0) return false;
  await enqueueWebhookDelivery(db, deliveryId, `delivery-${deliveryId}-resend-${Date.now()}`);
  return true;
}
