import "server-only";
// The buyer's in-app notifications, newest first; reading the list marks them read.
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { notifications } from "@/db/schema";
import { access, defineOperation } from "@/lib/gate";

export async function listNotifications(db: Db, userId: number) {
  const rows = await db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(100);
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return rows;
}

export const listNotificationsOp = defineOperation({
  name: "notifications.list",
  access: access.user,
  input: z.object({}).passthrough(),
  run: ({ db, caller }) => listNotifications(db, caller.user.id),
});
