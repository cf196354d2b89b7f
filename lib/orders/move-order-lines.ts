import "server-only";
// Every change of an order line's status goes through here: the lines are locked, each move is
// checked against the line state machine (lib/orders/order-line-status.ts), and an illegal one
// refuses the whole change (a conflict, the caller's transaction rolls back).
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { orderLines } from "@/db/schema";
import { assertLineTransition, type OrderLineStatus } from "./order-line-status";

type LineFields = Partial<Omit<typeof orderLines.$inferInsert, "id" | "status">>;

export async function moveOrderLines(tx: DbOrTx, lineIds: readonly number[], to: OrderLineStatus, set: LineFields = {}): Promise<void> {
  if (lineIds.length === 0) return;
  const ids = [...new Set(lineIds)].sort((a, b) => a - b);
  const rows = await tx.select({ id: orderLines.id, status: orderLines.status }).from(orderLines).where(inArray(orderLines.id, ids)).orderBy(orderLines.id).for("update");
  for (const row of rows) assertLineTransition(row.status as OrderLineStatus, to);
  await tx.update(orderLines).set({ ...set, status: to }).where(inArray(orderLines.id, ids));
}
