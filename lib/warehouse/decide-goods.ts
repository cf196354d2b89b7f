import "server-only";
// The buyer answers the QC (SPEC 6): approve the goods (they may then be stored and consolidated),
// or return them to the factory and be refunded. Without an answer the approval job decides at the
// due date (autoApproveGoods). A return refunds the line through the provider after commit.
import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { inboundParcels, orderLines, orders, qcChecks, timelineEvents } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { refundOrderLine, type LineRefund } from "@/lib/payments/refund-order-line";
import { recordLineEvents } from "./order-events";
import { moveOrderLines } from "@/lib/orders/move-order-lines";

export type GoodsDecision = "accept" | "return_refund";

async function buyerCheck(tx: Tx, buyerId: number, qcCheckId: number) {
  const [row] = await tx
    .select({ check: qcChecks, line: orderLines, currency: orders.currency, orderStatus: orders.status })
    .from(qcChecks)
    .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(qcChecks.id, qcCheckId), eq(orders.buyerId, buyerId)))
    .for("update", { of: [qcChecks, orderLines] });
  if (!row) throw new NotFoundError("qcCheck", qcCheckId);
  return row;
}

async function applyDecision(tx: Tx, row: Awaited<ReturnType<typeof buyerCheck>>, decision: GoodsDecision, by: "buyer" | "auto", actorId: number | null, now: Date): Promise<LineRefund | null> {
  if (row.check.buyerDecision) throw new ConflictError("wh.alreadyDecided");
  if (row.line.status !== "qc_passed" && row.line.status !== "qc_failed") throw new ConflictError("wh.alreadyDecided");
  await tx.update(qcChecks).set({ buyerDecision: decision, decidedAt: now, decidedBy: by === "auto" ? "auto" : null }).where(eq(qcChecks.id, row.check.id));
  if (decision === "accept") {
    await recordLineEvents(tx, [row.line.id], by === "auto" ? "goods.auto_approved" : "goods.approved", { orderLineId: row.line.id, qcCheckId: row.check.id }, { parcelId: row.check.parcelId }, actorId);
    return null;
  }
  await moveOrderLines(tx, [row.line.id], "refunded", { refundedQuantity: row.line.quantity });
  await recordLineEvents(tx, [row.line.id], "goods.returned", { orderLineId: row.line.id, qcCheckId: row.check.id }, { parcelId: row.check.parcelId }, actorId);
  // A parcel whose every line went back is returned.
  const [{ kept }] = await tx
    .select({ kept: sql<number>`count(*) filter (where ${qcChecks.buyerDecision} is distinct from 'return_refund')::int` })
    .from(qcChecks)
    .where(eq(qcChecks.parcelId, row.check.parcelId));
  if (Number(kept) === 0) await tx.update(inboundParcels).set({ status: "returned" }).where(and(eq(inboundParcels.id, row.check.parcelId), eq(inboundParcels.status, "qc_failed")));
  const [{ live }] = await tx
    .select({ live: sql<number>`count(*)::int` })
    .from(orderLines)
    .where(and(eq(orderLines.orderId, row.line.orderId), sql`${orderLines.status} not in ('refunded', 'cancelled')`));
  if (Number(live) === 0) {
    await tx.update(orders).set({ status: "refunded" }).where(and(eq(orders.id, row.line.orderId), inArray(orders.status, ["paid", "purchasing", "at_warehouse"])));
    await tx.insert(timelineEvents).values({ orderId: row.line.orderId, kind: "order.refunded", data: {}, actorId });
  }
  return { orderId: row.line.orderId, orderLineId: row.line.id, amountMinor: row.line.lineTotalMinor, currency: row.currency };
}

export async function decideGoods(db: Db, buyerId: number, qcCheckId: number, decision: GoodsDecision, now = new Date()) {
  const refund = await db.transaction(async (tx) => applyDecision(tx, await buyerCheck(tx, buyerId, qcCheckId), decision, "buyer", buyerId, now));
  if (refund) await refundOrderLine(db, refund);
  return { qcCheckId, decision };
}

/** The approval job: goods nobody answered for by their due date are approved. Returns how many. */
export async function autoApproveGoods(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: qcChecks.id, buyerId: orders.buyerId })
    .from(qcChecks)
    .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(isNull(qcChecks.buyerDecision), lte(qcChecks.approvalDueAt, now), inArray(orderLines.status, ["qc_passed", "qc_failed"])))
    .limit(500);
  let done = 0;
  for (const { id, buyerId } of due) {
    await db.transaction(async (tx) => {
      const row = await buyerCheck(tx, buyerId, id);
      if (row.check.buyerDecision) return;
      await applyDecision(tx, row, "accept", "auto", null, now);
      done++;
    });
  }
  return done;
}

export const decideGoodsOp = defineOperation({
  name: "warehouse.decideGoods",
  access: access.user,
  input: z.object({ qcCheckId: zId, decision: z.enum(["accept", "return_refund"], "invalid") }),
  run: ({ db, caller }, { qcCheckId, decision }) => decideGoods(db, caller.user.id, qcCheckId, decision),
});
