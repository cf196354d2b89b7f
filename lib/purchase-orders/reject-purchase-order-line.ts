import "server-only";
// The factory cannot supply one line of its purchase order (out of stock): the line is rejected and
// the buyer's order line refunded (status `refunded`, whole quantity), with timeline events. When no
// line of the purchase order is left it is `rejected`; when no line of the buyer's order is left
// the order is `refunded`. One transaction.
//
// The money goes back through the payment provider, which must not be called inside a database
// transaction: this returns the refund to make, and the caller hands it to the payments module
// (REFUND HOOK: lib/payments/refund-order-line, to be written with checkout) after commit. Until
// then the timeline event says `refund: "pending"`.
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orderLines, orders, purchaseOrderLines, purchaseOrders, timelineEvents } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { refundOrderLine } from "@/lib/payments/refund-order-line";
import { findFactoryPurchaseOrder } from "./find-factory-purchase-order";
import { canRejectLines } from "./purchase-order-status";
import { recordPurchaseOrderEvent } from "./record-purchase-order-event";
import { moveOrderLines } from "@/lib/orders/move-order-lines";

export const rejectLineSchema = z.object({
  reason: z.string({ error: "rejectReason.required" }).trim().min(1, "rejectReason.required").max(200, "rejectReason.tooLong"),
});

export interface RefundRequest {
  orderId: number;
  orderLineId: number;
  quantity: number;
  /** The line's total in the order's currency (goods only; what the buyer paid for it). */
  amountMinor: number;
  currency: string;
}

export async function rejectPurchaseOrderLine(
  db: Db,
  factoryId: number,
  purchaseOrderId: number,
  orderLineId: number,
  input: unknown,
  options: { actorId?: number | null } = {},
): Promise<RefundRequest> {
  const parsed = rejectLineSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.map(String), key: i.message })));
  const { reason } = parsed.data;
  const actorId = options.actorId ?? null;

  return db.transaction(async (tx) => {
    const po = await findFactoryPurchaseOrder(tx, factoryId, purchaseOrderId, { forUpdate: true });
    if (!canRejectLines(po.status)) throw new ConflictError("purchaseOrders.cannotRejectNow", po.status);
    const [line] = await tx
      .select({ poLine: purchaseOrderLines, line: orderLines, currency: orders.currency })
      .from(purchaseOrderLines)
      .innerJoin(orderLines, eq(orderLines.id, purchaseOrderLines.orderLineId))
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(and(eq(purchaseOrderLines.purchaseOrderId, po.id), eq(purchaseOrderLines.orderLineId, orderLineId)))
      .for("update", { of: [purchaseOrderLines, orderLines] });
    if (!line) throw new NotFoundError("purchaseOrderLine", orderLineId);
    if (line.poLine.rejected) throw new ConflictError("purchaseOrders.lineAlreadyRejected");

    await tx
      .update(purchaseOrderLines)
      .set({ rejected: true, rejectReason: reason })
      .where(and(eq(purchaseOrderLines.purchaseOrderId, po.id), eq(purchaseOrderLines.orderLineId, orderLineId)));
    await moveOrderLines(tx, [orderLineId], "refunded", { refundedQuantity: line.line.quantity });
    const refund: RefundRequest = {
      orderId: line.line.orderId,
      orderLineId,
      quantity: line.line.quantity - line.line.refundedQuantity,
      amountMinor: line.line.lineTotalMinor,
      currency: line.currency,
    };
    await tx.insert(timelineEvents).values([
      { purchaseOrderId: po.id, kind: "purchase_order.line_rejected", data: { orderLineId, reason }, actorId },
      {
        orderId: refund.orderId,
        kind: "order_line.refunded",
        data: { orderLineId, quantity: refund.quantity, amountMinor: refund.amountMinor, currency: refund.currency, reason,
          purchaseOrderId: po.id, purchaseOrderNumber: po.number, refund: "pending" },
        actorId,
      },
    ]);

    const [{ left }] = await tx
      .select({ left: sql<number>`count(*)::int` })
      .from(purchaseOrderLines)
      .where(and(eq(purchaseOrderLines.purchaseOrderId, po.id), eq(purchaseOrderLines.rejected, false)));
    if (Number(left) === 0) {
      await tx.update(purchaseOrders).set({ status: "rejected" }).where(eq(purchaseOrders.id, po.id));
      await recordPurchaseOrderEvent(tx, po, "purchase_order.rejected", {}, actorId);
    }
    const [{ live }] = await tx
      .select({ live: sql<number>`count(*)::int` })
      .from(orderLines)
      .where(and(eq(orderLines.orderId, refund.orderId), sql`${orderLines.status} not in ('refunded', 'cancelled')`));
    if (Number(live) === 0) {
      await tx.update(orders).set({ status: "refunded" }).where(and(eq(orders.id, refund.orderId), inArray(orders.status, ["paid", "purchasing"])));
      await tx.insert(timelineEvents).values({ orderId: refund.orderId, kind: "order.refunded", data: {}, actorId });
    }
    return refund;
  });
}

/** Through the gate: the factory rejects one line as out of stock; the buyer's line is refunded after the commit. */
export const rejectPurchaseOrderLineOp = defineOperation({
  name: "purchaseOrders.rejectLine",
  access: access.member("factory"),
  input: z.object({ purchaseOrderId: zId, orderLineId: zId, reason: z.unknown() }),
  run: async ({ db, caller }, { purchaseOrderId, orderLineId, reason }) => {
    const refund = await rejectPurchaseOrderLine(db, caller.organisation.organisationId, purchaseOrderId, orderLineId, { reason }, { actorId: caller.user.id });
    await refundOrderLine(db, refund);
    return refund;
  },
});
