import "server-only";
// In-app notifications for the buyer, written in the transaction of the step that asks something of
// them (QC ready, shipping payment, storage ending, shipped, delivered), with the job that mails
// them (lib/warehouse/notification-mail.ts): both exist only if the step commits.
import type { DbOrTx } from "@/db/client";
import { notifications } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import "./notification-mail";

export type NotificationKind =
  | "qc_ready" | "approval_reminder" | "shipping_payment" | "rehearsal_ready" | "storage_ending" | "shipped" | "delivered"
  | "abandon_reminder" | "goods_abandoned" | "extra_photos";

export async function notify(tx: DbOrTx, userId: number, kind: NotificationKind, data: Record<string, unknown>, href: string | null) {
  const [row] = await tx.insert(notifications).values({ userId, kind, data, href }).returning({ id: notifications.id });
  await enqueueJob(tx, "warehouse.notification-mail", { notificationId: row.id }, { singletonKey: `notification-${row.id}` });
  return row.id;
}
