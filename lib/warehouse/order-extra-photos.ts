import "server-only";
// The buyer orders extra QC photos of a checked line (SPEC 6: three free per line, more when the
// buyer asks): 1–10 at a time, at the agent's extraQcPhotoFen each, charged with the shipment that
// takes the goods (an extra_charges row, billed once at packing). Only while the goods are at the
// warehouse and not yet in a packed shipment. Another buyer's line is not found.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { agents, extraCharges, orderLines, orders, qcChecks, shipmentItems, shipments, warehouses } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { atWarehouse, type OrderLineStatus } from "@/lib/orders/order-line-status";
import { recordLineEvents } from "./order-events";

export const MAX_EXTRA_PHOTOS_PER_ORDER = 10;
/** All extra photos ordered for one line, over every request. */
export const MAX_EXTRA_PHOTOS_PER_LINE = 30;

export async function orderExtraPhotos(db: Db, buyerId: number, qcCheckId: number, count: number, now = new Date()) {
  if (!Number.isInteger(count) || count < 1 || count > MAX_EXTRA_PHOTOS_PER_ORDER) throw new ValidationError([{ path: ["count"], key: "wh.extraPhotoCount" }]);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ check: qcChecks, lineStatus: orderLines.status, priceFen: agents.extraQcPhotoFen })
      .from(qcChecks)
      .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
      .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
      .where(and(eq(qcChecks.id, qcCheckId), eq(orders.buyerId, buyerId)))
      .for("update", { of: qcChecks });
    if (!row) throw new NotFoundError("qcCheck", qcCheckId);
    if (!atWarehouse(row.lineStatus as OrderLineStatus)) throw new ConflictError("wh.extrasNotAtWarehouse");
    const [packed] = await tx
      .select({ id: shipments.id }).from(shipmentItems).innerJoin(shipments, eq(shipments.id, shipmentItems.shipmentId))
      .where(and(eq(shipmentItems.orderLineId, row.check.orderLineId), inArray(shipments.status, ["packed", "shipped", "delivered"]))).limit(1);
    if (packed) throw new ConflictError("wh.extrasTooLate");
    const ordered = row.check.extraPhotosOrdered + count;
    if (ordered > MAX_EXTRA_PHOTOS_PER_LINE) throw new ValidationError([{ path: ["count"], key: "wh.extraPhotoCount" }]);
    await tx.update(qcChecks).set({ extraPhotosOrdered: ordered }).where(eq(qcChecks.id, qcCheckId));
    const amountFen = count * row.priceFen;
    await tx.insert(extraCharges).values({ qcCheckId, kind: "qc_photos", units: count, amountFen, createdBy: buyerId, createdAt: now });
    await recordLineEvents(tx, [row.check.orderLineId], "qc.extra_photos_ordered", { orderLineId: row.check.orderLineId, qcCheckId, count, ordered }, { parcelId: row.check.parcelId }, buyerId);
    return { qcCheckId, ordered, amountFen };
  });
}

export const orderExtraPhotosOp = defineOperation({
  name: "warehouse.orderExtraPhotos",
  access: access.user,
  input: z.object({ qcCheckId: zId, count: z.coerce.number("wh.extraPhotoCount").int("wh.extraPhotoCount").min(1, "wh.extraPhotoCount").max(MAX_EXTRA_PHOTOS_PER_ORDER, "wh.extraPhotoCount") }),
  run: ({ db, caller }, { qcCheckId, count }) => orderExtraPhotos(db, caller.user.id, qcCheckId, count),
});
