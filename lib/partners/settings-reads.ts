// What the settings pages show: the delivery log (newest first, with each attempt).
import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";

export async function listDeliveries(db: DbOrTx, partnerId: number, limit = 50) {
  const rows = await db
    .select({ delivery: webhookDeliveries, url: webhookEndpoints.url })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookEndpoints.partnerId, partnerId))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit);
  const attempts = rows.length
    ? await db.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, rows.map((r) => r.delivery.id))).orderBy(webhookAttempts.id)
    : [];
  return rows.map(({ delivery, url }) => ({
    id: delivery.id,
    event: delivery.event,
    url,
    createdAt: delivery.createdAt,
    deliveredAt: delivery.deliveredAt,
    nextAttemptAt: delivery.nextAttemptAt,
    attempts: attempts.filter((a) => a.deliveryId === delivery.id).map((a) => ({ status: a.status, error: a.error, durationMs: a.durationMs, at: a.createdAt })),
  }));
}
