import "server-only";
// What the warehouse knows of one buyer order's goods, for the buyer: per line the QC record (counts,
// defects, photos), whether an answer is awaited and until when, the shelf and the storage clock.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agents, orderLines, orders, qcChecks, qcPhotos, warehouses } from "@/db/schema";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";
import { storageClock } from "./storage-clock";

export async function buyerOrderGoods(db: DbOrTx, buyerId: number, orderId: number, now = new Date()) {
  const rows = await db
    .select({ check: qcChecks, lineStatus: orderLines.status, freeStorageDays: agents.freeStorageDays, storageFeeFenPerItemMonth: agents.storageFeeFenPerItemMonth })
    .from(qcChecks)
    .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
    .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
    .where(and(eq(orders.id, orderId), eq(orders.buyerId, buyerId)))
    .orderBy(asc(qcChecks.id));
  const photos = rows.length ? await db.select().from(qcPhotos).where(inArray(qcPhotos.qcCheckId, rows.map((r) => r.check.id))).orderBy(asc(qcPhotos.id)) : [];
  return new Map(
    rows.map((r) => [
      r.check.orderLineId,
      {
        ...r.check,
        lineStatus: r.lineStatus,
        photos: photos.filter((p) => p.qcCheckId === r.check.id).map((p) => p.storageKey),
        awaitingAnswer: !r.check.buyerDecision && (r.lineStatus === "qc_passed" || r.lineStatus === "qc_failed"),
        clock: r.check.storedAt && r.lineStatus === "stored" ? storageClock(r.check.storedAt, r.check.countedQuantity, r, now) : null,
      },
    ]),
  );
}

export const buyerOrderGoodsOp = defineOperation({
  name: "warehouse.buyerOrderGoods",
  access: access.user,
  input: z.object({ orderId: zId }),
  run: ({ db, caller }, { orderId }) => buyerOrderGoods(db, caller.user.id, orderId),
});
