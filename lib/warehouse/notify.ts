import "server-only";
// In-app notifications for the buyer, written in the transaction of the step that asks something of
// them (QC ready, shipping payment, storage ending, shipped, delivered). Mail goes out from the
// outbox (lib/warehouse/send-notification-mail.ts) after commit.
import type { DbOrTx } from "@/db/client";
import { notifications } from "@/db/schema";

export type NotificationKind = "qc_ready" | "approval_reminder" | "shipping_payment" | "rehearsal_ready" | "storage_ending" | "shipped" | "delivered";

export async function notify(tx: DbOrTx, userId: number, kind: NotificationKind, data: Record<string, unknown>, href: string | null) {
  await tx.insert(notifications).values({ userId, kind, data, href });
}
