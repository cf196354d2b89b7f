// Cancels a partner's order while it is unpaid: reservations released, open payments expired.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { orderLines, orders, payments, skus } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { addOrderEvent } from "@/lib/orders/timeline";
import { moveOrderLines } from "@/lib/orders/move-order-lines";

export async function cancelPartnerOrder(db: Db, partnerId: number, orderId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [order] = await tx.select({ status: orders.status }).from(orders).where(and(eq(orders.id, orderId), eq(orders.partnerId, partnerId))).for("update");
    if (!order) throw new NotFoundError("order", orderId);
    if (order.status === "cancelled") return;
    if (order.status !== "pending_payment") throw new ConflictError("partnerNotCancellable");
    await tx.update(orders).set({ status: "cancelled" }).where(eq(orders.id, orderId));
    const lines = await tx.select({ id: orderLines.id, skuId: orderLines.skuId, quantity: orderLines.quantity }).from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(orderLines.skuId);
    for (const line of lines) {
      await tx.update(skus).set({ reserved: sql`greatest(${skus.reserved} - ${line.quantity}, 0)` }).where(eq(skus.id, line.skuId));
    }
    await moveOrderLines(tx, lines.map((l) => l.id), "cancelled");
    await tx.update(payments).set({ status: "expired", completedAt: new Date() }).where(and(eq(payments.orderId, orderId), eq(payments.status, "pending")));
    await addOrderEvent(tx, orderId, "order_cancelled", { reason: "partner", stockReleased: true });
  });
}
