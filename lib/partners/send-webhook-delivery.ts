// Sends one webhook delivery: POST the event as JSON, signed, with a 10 s timeout; every attempt is
// logged (status or error, duration). A 2xx marks it delivered; anything else throws, so the job
// queue retries it later with exponential backoff.
import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { SIGNATURE_HEADER } from "./events";
import { signWebhook } from "./sign-webhook";
import { backoffSeconds } from "./webhook-queue";

export class WebhookFailedError extends Error {}

export async function sendWebhookDelivery(
  db: DbOrTx,
  deliveryId: number,
  fetchImpl: typeof fetch = fetch,
  retry: { retryCount: number; retryLimit: number } = { retryCount: 0, retryLimit: 0 },
): Promise<"delivered" | "skipped"> {
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!row || row.endpoint.disabledAt) return "skipped";
  const body = JSON.stringify(row.delivery.payload);
  const started = performance.now();
  let status: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetchImpl(row.endpoint.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Haozao-Webhooks/1",
        [SIGNATURE_HEADER]: signWebhook(row.endpoint.secret, body),
        "Haozao-Event": row.delivery.event,
        "Haozao-Delivery": String(row.delivery.id),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    status = response.status;
    await response.body?.cancel();
    if (status < 200 || status >= 300) error = `HTTP ${status}`;
  } catch (e) {
    error = e instanceof Error ? e.message.slice(0, 500) : "failed";
  }
  const durationMs = Math.round(performance.now() - started);
  await db.insert(webhookAttempts).values({ deliveryId, status, error, durationMs });
  await db
    .update(webhookDeliveries)
    .set({
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      lastStatus: status,
      lastError: error,
      deliveredAt: error ? null : new Date(),
      // For the delivery log: when the queue will try again (its backoff), or never.
      nextAttemptAt: error && retry.retryCount < retry.retryLimit ? new Date(Date.now() + backoffSeconds(retry.retryCount + 1) * 1000) : null,
    })
    .where(eq(webhookDeliveries.id, deliveryId));
  if (error) throw new WebhookFailedError(`Delivery ${deliveryId} to ${row.endpoint.url}: ${error}`);
  return "delivered";
}
