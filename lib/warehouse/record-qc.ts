import "server-only";
// QC of one order line in a received parcel (SPEC 6): counted quantity against the purchase order
// (short or over recorded), colour/size match, defects with tags, measurements, up to three photos
// free, a note, passed or failed. The buyer is then asked to approve (or return) the goods, with a
// due date after which they are approved. The parcel is decided when its last line is checked.
// One transaction with the timeline events (QC photos in the buyer's timeline) and the notification.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { agents, inboundParcels, orderLines, orders, purchaseOrderLines, qcChecks, qcPhotos, warehouses } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { access, defineOperation, zId, zInt } from "@/lib/gate";
import { ownParcel } from "./agent-scope";
import { notify } from "./notify";
import { scheduleApproval } from "./warehouse-jobs";
import { recordLineEvents } from "./order-events";
import { assertParcelTransition } from "./parcel-status";
import { encodeQcPhotos, FREE_QC_PHOTOS, storeQcPhotoBlobs } from "./qc-photos";
import { moveOrderLines } from "@/lib/orders/move-order-lines";

export const DEFECT_TAGS = ["stain", "scratch", "broken", "wrong_colour", "wrong_size", "missing_parts", "poor_stitching", "odour", "packaging_damaged"] as const;

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true || v === "1", z.boolean());
const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const qcSchema = z.object({
  countedQuantity: zInt(0, 1_000_000),
  optionsMatch: checkbox,
  defectsFound: checkbox,
  defectTags: list(z.enum(DEFECT_TAGS, "invalid")),
  measurements: z.string().trim().max(400, "tooLong").optional().default(""),
  note: z.string().trim().max(1000, "tooLong").optional().default(""),
  result: z.enum(["passed", "failed"], "wh.qcResult"),
});

export interface QcInput {
  parcelId: number;
  orderLineId: number;
  fields: unknown;
  photos: Blob[];
}

/** "length: 30 cm" lines -> { length: "30 cm" }. */
function parseMeasurements(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\n|;/)) {
    const [k, ...rest] = line.split(/[:：=]/);
    if (k?.trim() && rest.join(":").trim()) out[k.trim().slice(0, 40)] = rest.join(":").trim().slice(0, 60);
  }
  return out;
}

export async function recordQc(db: Db, agentId: number, input: QcInput, actorId: number | null, now = new Date()) {
  const parsed = qcSchema.safeParse(input.fields);
  if (!parsed.success) {
    throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.map(String), key: i.message.length < 40 && /^[\w.]+$/.test(i.message) ? i.message : "invalid" })));
  }
  const photos = input.photos.filter((p) => p.size > 0);
  if (photos.length > FREE_QC_PHOTOS) throw new ValidationError([{ path: ["photos"], key: "wh.tooManyPhotos" }]);
  if (parsed.data.result === "failed" && !parsed.data.note && !parsed.data.defectTags.length && parsed.data.optionsMatch && !parsed.data.defectsFound) {
    throw new ValidationError([{ path: ["note"], key: "wh.failReason" }]);
  }
  await ownParcel(db, agentId, input.parcelId); // before the slow part
  const images = await encodeQcPhotos(photos);
  const q = parsed.data;

  return db.transaction(async (tx) => {
    const parcel = await ownParcel(tx, agentId, input.parcelId, { forUpdate: true });
    if (parcel.status !== "received" && parcel.status !== "qc_passed" && parcel.status !== "qc_failed") throw new ConflictError("wh.notReceived");
    if (parcel.purchaseOrderId == null) throw new ConflictError("wh.unmatched");
    const [line] = await tx
      .select({ expected: purchaseOrderLines.quantity, orderId: orderLines.orderId, status: orderLines.status, buyerId: orders.buyerId, orderNumber: orders.number, qcApprovalDays: agents.qcApprovalDays })
      .from(purchaseOrderLines)
      .innerJoin(orderLines, eq(orderLines.id, purchaseOrderLines.orderLineId))
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
      .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
      .where(and(eq(purchaseOrderLines.purchaseOrderId, parcel.purchaseOrderId), eq(purchaseOrderLines.orderLineId, input.orderLineId), eq(purchaseOrderLines.rejected, false)))
      .for("update", { of: orderLines });
    if (!line) throw new NotFoundError("orderLine", input.orderLineId);
    if (line.status !== "received") throw new ConflictError("wh.alreadyChecked");

    const approvalDueAt = new Date(now.getTime() + line.qcApprovalDays * 86_400_000);
    const [check] = await tx
      .insert(qcChecks)
      .values({
        parcelId: parcel.id, orderLineId: input.orderLineId, countedQuantity: q.countedQuantity, expectedQuantity: line.expected,
        optionsMatch: q.optionsMatch, defectsFound: q.defectsFound, defectTags: q.defectTags, measurements: parseMeasurements(q.measurements),
        result: q.result, note: q.note || null, checkedBy: actorId, checkedAt: now, approvalDueAt,
      })
      .returning({ id: qcChecks.id });
    const keys = await storeQcPhotoBlobs(tx, images);
    if (keys.length) await tx.insert(qcPhotos).values(keys.map((storageKey) => ({ qcCheckId: check.id, storageKey })));
    await moveOrderLines(tx, [input.orderLineId], q.result === "passed" ? "qc_passed" : "qc_failed");

    // The parcel is decided once every line it brought is checked.
    const [{ open, failed }] = await tx
      .select({
        open: sql<number>`count(*) filter (where ${qcChecks.id} is null)::int`,
        failed: sql<number>`count(*) filter (where ${qcChecks.result} = 'failed')::int`,
      })
      .from(purchaseOrderLines)
      .leftJoin(qcChecks, and(eq(qcChecks.orderLineId, purchaseOrderLines.orderLineId), eq(qcChecks.parcelId, parcel.id)))
      .where(and(eq(purchaseOrderLines.purchaseOrderId, parcel.purchaseOrderId), eq(purchaseOrderLines.rejected, false)));
    if (Number(open) === 0 && parcel.status === "received") {
      const to = Number(failed) > 0 ? "qc_failed" : "qc_passed";
      assertParcelTransition(parcel.status, to);
      await tx.update(inboundParcels).set({ status: to }).where(eq(inboundParcels.id, parcel.id));
    }
    const difference = q.countedQuantity - line.expected;
    await recordLineEvents(
      tx, [input.orderLineId], q.result === "passed" ? "qc.passed" : "qc.failed",
      { orderLineId: input.orderLineId, qcCheckId: check.id, counted: q.countedQuantity, expected: line.expected, difference, defectTags: q.defectTags, photos: keys, note: q.note || null },
      { parcelId: parcel.id }, actorId,
    );
    await scheduleApproval(tx, check.id, approvalDueAt);
    await notify(tx, line.buyerId, "qc_ready", { orderNumber: line.orderNumber, result: q.result }, `/orders/${line.orderNumber}`);
    return { qcCheckId: check.id, photos: keys, difference, approvalDueAt };
  });
}

export const recordQcOp = defineOperation({
  name: "warehouse.recordQc",
  access: access.member("agent"),
  input: z.object({ parcelId: zId, orderLineId: zId, photos: z.unknown().optional() }).passthrough(),
  run: ({ db, caller }, raw) => {
    const { parcelId, orderLineId, photos, ...fields } = raw as { parcelId: number; orderLineId: number; photos?: unknown } & Record<string, unknown>;
    const files = (Array.isArray(photos) ? photos : photos ? [photos] : []).filter((p): p is Blob => p instanceof Blob);
    return recordQc(db, caller.organisation.organisationId, { parcelId, orderLineId, fields, photos: files }, caller.user.id);
  },
});
