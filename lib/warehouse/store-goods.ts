import "server-only";
// Approved goods get a shelf location (SPEC 6): the line becomes `stored` and its storage clock
// starts; the parcel is `stored` once all its kept lines are; an order is `at_warehouse` once every
// line still live is stored. One transaction with the timeline events.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { inboundParcels, orderLines, orders, qcChecks, timelineEvents } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { ownQcCheck } from "./agent-scope";
import { recordLineEvents } from "./order-events";
import { canParcelTransition, type ParcelStatus } from "./parcel-status";
import { moveOrderLines } from "@/lib/orders/move-order-lines";

const shelfSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/);

export async function storeGoods(db: Db, agentId: number, qcCheckId: number, rawShelf: unknown, actorId: number | null, now = new Date()) {
  const shelf = shelfSchema.safeParse(rawShelf);
  if (!shelf.success) throw new ValidationError([{ path: ["shelf"], key: "wh.shelf" }]);
  return db.transaction(async (tx) => {
    const { check } = await ownQcCheck(tx, agentId, qcCheckId, { forUpdate: true });
    if (check.buyerDecision !== "accept") throw new ConflictError("wh.notApproved");
    if (check.storedAt) throw new ConflictError("wh.alreadyStored");
    await tx.update(qcChecks).set({ shelf: shelf.data, storedAt: now }).where(eq(qcChecks.id, check.id));
    await moveOrderLines(tx, [check.orderLineId], "stored");
    const orderIds = await recordLineEvents(tx, [check.orderLineId], "goods.stored", { orderLineId: check.orderLineId, shelf: shelf.data }, { parcelId: check.parcelId }, actorId);

    const [{ waiting }] = await tx
      .select({ waiting: sql<number>`count(*) filter (where ${qcChecks.storedAt} is null and ${qcChecks.buyerDecision} is distinct from 'return_refund')::int` })
      .from(qcChecks)
      .where(eq(qcChecks.parcelId, check.parcelId));
    const [parcel] = await tx.select({ status: inboundParcels.status }).from(inboundParcels).where(eq(inboundParcels.id, check.parcelId));
    if (Number(waiting) === 0 && canParcelTransition(parcel.status as ParcelStatus, "stored")) {
      await tx.update(inboundParcels).set({ status: "stored", storedAt: now, shelf: shelf.data }).where(eq(inboundParcels.id, check.parcelId));
    }
    for (const orderId of orderIds) {
      const [{ notStored }] = await tx
        .select({ notStored: sql<number>`count(*) filter (where ${orderLines.status} not in ('stored', 'shipped', 'refunded', 'cancelled'))::int` })
        .from(orderLines)
        .where(eq(orderLines.orderId, orderId));
      if (Number(notStored) === 0) {
        const moved = await tx.update(orders).set({ status: "at_warehouse" }).where(and(eq(orders.id, orderId), eq(orders.status, "purchasing"))).returning({ id: orders.id });
        if (moved.length) await tx.insert(timelineEvents).values({ orderId, kind: "order.at_warehouse", data: {}, actorId });
      }
    }
    return { qcCheckId, shelf: shelf.data };
  });
}

export const storeGoodsOp = defineOperation({
  name: "warehouse.storeGoods",
  access: access.member("agent"),
  input: z.object({ qcCheckId: zId, shelf: z.unknown() }),
  run: ({ db, caller }, { qcCheckId, shelf }) => storeGoods(db, caller.organisation.organisationId, qcCheckId, shelf, caller.user.id),
});
