import "server-only";
// The agent adds QC photos to a checked line: up to the three free ones plus the extra photos the
// buyer ordered (refused beyond). Photos past the free three are marked paid extras. The buyer is
// told when they arrive, and they join the order's timeline. Another agent's line is not found.
import { count as countRows, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orderLines, orders, qcChecks, qcPhotos } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { atWarehouse, type OrderLineStatus } from "@/lib/orders/order-line-status";
import { ownQcCheck } from "./agent-scope";
import { notify } from "./notify";
import { recordLineEvents } from "./order-events";
import { encodeQcPhotos, FREE_QC_PHOTOS, storeQcPhotoBlobs } from "./qc-photos";

/** How many photos a line may have in all. */
export const allowedQcPhotos = (extraPhotosOrdered: number) => FREE_QC_PHOTOS + Math.max(0, extraPhotosOrdered);

export async function addQcPhotos(db: Db, agentId: number, qcCheckId: number, files: Blob[], actorId: number | null) {
  const photos = files.filter((p) => p.size > 0);
  if (!photos.length) throw new ValidationError([{ path: ["photos"], key: "wh.pickPhotos" }]);
  const before = await ownQcCheck(db, agentId, qcCheckId); // before the slow part
  const [{ n: had }] = await db.select({ n: countRows() }).from(qcPhotos).where(eq(qcPhotos.qcCheckId, qcCheckId));
  if (Number(had) + photos.length > allowedQcPhotos(before.check.extraPhotosOrdered)) throw new ValidationError([{ path: ["photos"], key: "wh.photoLimit" }]);
  const images = await encodeQcPhotos(photos);
  return db.transaction(async (tx) => {
    const { check } = await ownQcCheck(tx, agentId, qcCheckId, { forUpdate: true });
    const [line] = await tx
      .select({ status: orderLines.status, buyerId: orders.buyerId, orderNumber: orders.number })
      .from(orderLines).innerJoin(orders, eq(orders.id, orderLines.orderId)).where(eq(orderLines.id, check.orderLineId));
    if (!atWarehouse(line.status as OrderLineStatus)) throw new ConflictError("wh.extrasNotAtWarehouse");
    const [{ n }] = await tx.select({ n: countRows() }).from(qcPhotos).where(eq(qcPhotos.qcCheckId, check.id));
    const existing = Number(n);
    if (existing + images.length > allowedQcPhotos(check.extraPhotosOrdered)) throw new ValidationError([{ path: ["photos"], key: "wh.photoLimit" }]);
    const keys = await storeQcPhotoBlobs(tx, images);
    await tx.insert(qcPhotos).values(keys.map((storageKey, i) => ({ qcCheckId: check.id, storageKey, paidExtra: existing + i >= FREE_QC_PHOTOS })));
    await recordLineEvents(tx, [check.orderLineId], "qc.extra_photos", { orderLineId: check.orderLineId, qcCheckId: check.id, photos: keys }, { parcelId: check.parcelId }, actorId);
    await notify(tx, line.buyerId, "extra_photos", { orderNumber: line.orderNumber, count: keys.length }, `/orders/${line.orderNumber}`);
    return { qcCheckId: check.id, photos: keys, total: existing + keys.length, allowed: allowedQcPhotos(check.extraPhotosOrdered) };
  });
}

export const addQcPhotosOp = defineOperation({
  name: "warehouse.addQcPhotos",
  access: access.member("agent"),
  input: z.object({ qcCheckId: zId, photos: z.unknown().optional() }),
  run: ({ db, caller }, { qcCheckId, photos }) => {
    const files = (Array.isArray(photos) ? photos : photos ? [photos] : []).filter((p): p is Blob => p instanceof Blob);
    return addQcPhotos(db, caller.organisation.organisationId, qcCheckId, files, caller.user.id);
  },
});
