// Webhook deliveries wait in webhook_deliveries (due at next_attempt_at) and are sent by
// deliverDueWebhooks: rows claimed with FOR UPDATE SKIP LOCKED (several server processes never
// send one twice at once), retried with exponential backoff (30 s, 1 min, 2 min, … up to 6 h;
// 10 attempts), every attempt logged. When the shared job queue (lib/jobs) lands, enqueueWebhookDelivery
// becomes enqueueJob(tx, WEBHOOK_JOB, { deliveryId }) and the job's handler calls sendWebhookDelivery.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db";
import { rowsOf } from "@/db/client";
import { sendWebhookDelivery } from "./send-webhook-delivery";

export const WEBHOOK_JOB = "partners.deliverWebhook";
export const MAX_ATTEMPTS = 10;

/** Seconds before attempt n+1 after n failed attempts. */
export const backoffSeconds = (attempts: number) => Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);

export async function enqueueWebhookDelivery(_tx: DbOrTx, _deliveryId: number) {
  // The delivery row itself is the queue entry (next_attempt_at = now).
}

/** Sends every delivery that is due; answers how many were sent and how many failed. */
export async function deliverDueWebhooks(db: Db, options: { fetchImpl?: typeof fetch; limit?: number; now?: boolean } = {}) {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < (options.limit ?? 50); i++) {
    const outcome = await db.transaction(async (tx) => {
      const claimed = rowsOf<{ id: number; attempts: number }>(
        await tx.execute(sql`
          select id, attempts from webhook_deliveries
          where delivered_at is null and next_attempt_at is not null and next_attempt_at <= now()
          order by next_attempt_at, id
          limit 1
          for update skip locked`),
      );
      if (claimed.length === 0) return null;
      const { id, attempts } = claimed[0];
      try {
        await sendWebhookDelivery(tx, id, options.fetchImpl);
        return "sent" as const;
      } catch {
        const next = Number(attempts) + 1 >= MAX_ATTEMPTS ? null : sql`now() + make_interval(secs => ${backoffSeconds(Number(attempts) + 1)})`;
        await tx.execute(sql`update webhook_deliveries set next_attempt_at = ${next} where id = ${id}`);
        return "failed" as const;
      }
    });
    if (outcome === null) break;
    if (outcome === "sent") sent++;
    else failed++;
  }
  return { sent, failed };
}

/** "Resend" on the settings page: the delivery is due again now. */
export async function resendWebhookDelivery(db: DbOrTx, partnerId: number, deliveryId: number): Promise<boolean> {
  const result = await db.execute(sql`
    update webhook_deliveries d set next_attempt_at = now(), delivered_at = null
    from webhook_endpoints e
    where d.id = ${deliveryId} and e.id = d.endpoint_id and e.partner_id = ${partnerId}
    returning d.id`);
  return rowsOf(result).length > 0;
}

/** In a server process: send due deliveries every few seconds (until lib/jobs runs them). */
export function startWebhookPoller(getDb: () => Promise<Db>, everyMs = 3000) {
  const g = globalThis as unknown as { haozaoWebhookPoller?: NodeJS.Timeout };
  if (g.haozaoWebhookPoller) return;
  let running = false;
  g.haozaoWebhookPoller = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await deliverDueWebhooks(await getDb());
    } catch (error) {
      console.error("[webhooks] delivery round failed", error);
    } finally {
      running = false;
    }
  }, everyMs);
  g.haozaoWebhookPoller.unref?.();
}
