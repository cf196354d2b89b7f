import "server-only";
// What the warehouse knows of one buyer order's goods, for the buyer: per line the QC record (counts,
// defects, photos), whether an answer is awaited and until when, the shelf, the storage clock (free
// days left, then the fee so far), the abandonment date, and the extra photos that may be ordered.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agents, orderLines, orders, qcChecks, qcPhotos, shipmentItems, shipments, warehouses } from "@/db/schema";
import { atWarehouse, type OrderLineStatus } from "@/lib/orders/order-line-status";
import { unbilledExtras } from "./extra-charges";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";
import { abandonClock, storageClock } from "./storage-clock";

export async function buyerOrderGoods(db: DbOrTx, buyerId: number, orderId: number, now = new Date()) {
  const rows = await db
    .select({
      check: qcChecks, lineStatus: orderLines.status, freeStorageDays: agents.freeStorageDays, storageFeeFenPerItemMonth: agents.storageFeeFenPerItemMonth,
      extraQcPhotoFen: agents.extraQcPhotoFen, abandonAfterDays: agents.abandonAfterDays,
      // In a packed (or later) shipment: too late for extras.
      packed: sql<boolean>`exists (select 1 from ${shipmentItems} join ${shipments} on ${shipments.id} = ${shipmentItems.shipmentId}
        where ${shipmentItems.orderLineId} = ${orderLines.id} and ${shipments.status} in ('packed', 'shipped', 'delivered'))`,
    })
    .from(qcChecks)
    .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
    .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
    .where(and(eq(orders.id, orderId), eq(orders.buyerId, buyerId)))
    .orderBy(asc(qcChecks.id));
  const photos = rows.length ? await db.select().from(qcPhotos).where(inArray(qcPhotos.qcCheckId, rows.map((r) => r.check.id))).orderBy(asc(qcPhotos.id)) : [];
  const unbilled = await unbilledExtras(db, rows.map((r) => r.check.id));
  return new Map(
    rows.map((r) => [
      r.check.orderLineId,
      {
        ...r.check,
        lineStatus: r.lineStatus,
        photos: photos.filter((p) => p.qcCheckId === r.check.id).map((p) => p.storageKey),
        awaitingAnswer: !r.check.buyerDecision && (r.lineStatus === "qc_passed" || r.lineStatus === "qc_failed"),
        clock: r.check.storedAt && r.lineStatus === "stored" ? storageClock(r.check.storedAt, r.check.countedQuantity, r, now) : null,
        abandon: r.check.storedAt && r.lineStatus === "stored" ? abandonClock(r.check.storedAt, r.abandonAfterDays, now) : null,
        storageFeeFenPerItemMonth: r.storageFeeFenPerItemMonth,
        extraQcPhotoFen: r.extraQcPhotoFen,
        /** Extra photos may be ordered: goods at the warehouse, not in a packed shipment. */
        canOrderPhotos: atWarehouse(r.lineStatus as OrderLineStatus) && !r.packed,
        /** Extras ordered or accrued and not billed to a shipment yet (fen). */
        unbilled: unbilled.get(r.check.id)!,
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
