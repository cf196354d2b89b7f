import "server-only";
// The warehouse's scheduled work, on the job queue: a reminder the day before unanswered goods are
// approved, the approval itself at the due date (and an hourly sweep that catches any missed),
// delivery confirmed after the agent's days, storage fees charged past the free days, a reminder a
// week before the free days end, and goods nobody ships abandoned (reminders 30 and 7 days before).
import { and, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { agents, orderLines, orders, qcChecks, warehouses } from "@/db/schema";
import { defineJob } from "@/lib/jobs/define-job";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { autoConfirmDeliveries } from "@/lib/shipments/deliver-shipment";
import { autoApproveGoods } from "./decide-goods";
import { notify } from "./notify";
import { abandonGoods, remindAbandonment } from "./abandon-goods";
import { accrueStorageCharges } from "./extra-charges";

/** Called in the QC transaction: the reminder and the approval of this check. */
export async function scheduleApproval(tx: DbOrTx, qcCheckId: number, dueAt: Date) {
  await enqueueJob(tx, "warehouse.approval-reminder", { qcCheckId }, { runAt: new Date(dueAt.getTime() - 86_400_000), singletonKey: `reminder-${qcCheckId}` });
  await enqueueJob(tx, "warehouse.sweep", {}, { runAt: dueAt, singletonKey: `approve-${qcCheckId}` });
}

export async function remindApproval(db: Db, qcCheckId: number) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ decided: qcChecks.buyerDecision, buyerId: orders.buyerId, number: orders.number })
      .from(qcChecks).innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId)).innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(eq(qcChecks.id, qcCheckId));
    if (!row || row.decided) return;
    await notify(tx, row.buyerId, "approval_reminder", { orderNumber: row.number }, `/orders/${row.number}`);
  });
}

/** Storage past the free days: one charge per started month per stored item, once each (lib/warehouse/extra-charges.ts). */
export async function chargeStorageFees(db: Db, now = new Date()): Promise<number> {
  return accrueStorageCharges(db, now);
}

/** A reminder a week before the free days end, once per stored item. */
export async function remindStorageEnding(db: Db, now = new Date()): Promise<number> {
  const rows = await db
    .select({ id: qcChecks.id, buyerId: orders.buyerId })
    .from(qcChecks)
    .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
    .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
    .where(and(eq(orderLines.status, "stored"), isNull(qcChecks.storageReminderAt),
      lte(sql`${qcChecks.storedAt} + make_interval(days => ${agents.freeStorageDays}::int - 7)`, sql`${now.toISOString()}::timestamptz`)))
    .limit(1000);
  for (const r of rows) {
    await db.transaction(async (tx) => {
      await tx.update(qcChecks).set({ storageReminderAt: now }).where(eq(qcChecks.id, r.id));
      await notify(tx, r.buyerId, "storage_ending", {}, "/shipments");
    });
  }
  return rows.length;
}

export const approvalReminderJob = defineJob<{ qcCheckId: number }>({
  name: "warehouse.approval-reminder",
  handler: async ({ qcCheckId }, { db }) => remindApproval(db, qcCheckId),
});

export const warehouseSweepJob = defineJob({
  name: "warehouse.sweep",
  schedule: "7 * * * *",
  retryLimit: 2,
  handler: async (_data, { db }) => {
    await autoApproveGoods(db);
    await autoConfirmDeliveries(db);
    await chargeStorageFees(db);
    await remindStorageEnding(db);
    await remindAbandonment(db);
    await abandonGoods(db);
  },
});
