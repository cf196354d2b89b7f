import "server-only";
// A buyer asks a factory for a quotation on one of its active listings: a quantity (at least the
// listing's MOQ), optionally one variant, a target unit price typed in the buyer's currency and
// converted to CNY fen at today's rate, notes, and an optional image (a sketch, a logo, a sample),
// checked by content and re-encoded before it is kept. One transaction; nothing is kept on refusal.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobs, listings, rfqs, skus } from "@/db/schema";
import { getCurrentRates } from "@/lib/catalog/rates";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { convertToCny } from "@/lib/money/convert";
import { decimalStringToMinor } from "@/lib/money/format";
import { readUploadedImage, type UploadError } from "@/lib/photos/validate-image";
import { parseOrThrow } from "./issues";
import { nextRfqId, rfqNumber } from "./rfq-number";
import { createRfqSchema } from "./rfq-schema";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

const attachmentKeys: Record<UploadError, string> = {
  too_large: "rfqAttachmentTooLarge",
  not_an_image: "rfqAttachmentNotImage",
  unsupported_type: "rfqAttachmentNotImage",
  too_many_pixels: "rfqAttachmentTooManyPixels",
};

export async function createRfq(
  db: Db,
  buyerId: number,
  input: unknown,
  attachment?: Uint8Array | null,
  options: { now?: Date } = {},
): Promise<{ id: number; number: string }> {
  const data = parseOrThrow(createRfqSchema, input);
  const [listing] = await db.select().from(listings).where(and(eq(listings.id, data.listingId), eq(listings.status, "active")));
  if (!listing) throw new NotFoundError("listing", data.listingId);

  const issues: ValidationError["issues"] = [];
  if (data.skuId !== undefined) {
    const [sku] = await db.select({ id: skus.id }).from(skus).where(and(eq(skus.id, data.skuId), eq(skus.listingId, listing.id), eq(skus.active, true)));
    if (!sku) issues.push({ path: ["skuId"], key: "rfqSku" });
  }
  if (data.quantity < listing.moq) issues.push({ path: ["quantity"], key: "rfqQuantityBelowMoq", params: { moq: listing.moq } });

  let targetUnitPriceFen: number | null = null;
  if (data.targetPrice) {
    const minor = decimalStringToMinor(data.targetPrice, data.currency);
    if (minor === null || minor <= 0) issues.push({ path: ["targetPrice"], key: "rfqTargetPrice" });
    else {
      const rates = await getCurrentRates(db);
      targetUnitPriceFen = Math.max(1, convertToCny(minor, rates[data.currency].ratePerCny, data.currency));
    }
  }

  let image: { key: string; contentType: string; bytes: Buffer } | null = null;
  if (attachment && attachment.byteLength > 0) {
    const read = await readUploadedImage(attachment);
    if (!read.ok) issues.push({ path: ["attachment"], key: attachmentKeys[read.error] });
    else {
      // readUploadedImage re-encodes to PNG (kept transparency) or JPEG.
      const png = read.image.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      image = { key: `rfq/${randomUUID()}.${png ? "png" : "jpg"}`, contentType: png ? "image/png" : "image/jpeg", bytes: read.image };
    }
  }
  if (issues.length) throw new ValidationError(issues);

  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    if (image) await tx.insert(blobs).values(image);
    const id = await nextRfqId(tx);
    const number = rfqNumber(id, now);
    await tx.insert(rfqs).values({
      id, number, buyerId, factoryId: listing.factoryId, listingId: listing.id, skuId: data.skuId ?? null, quantity: data.quantity,
      targetUnitPriceFen, notes: data.notes, attachmentKey: image?.key ?? null, status: "open", createdAt: now, updatedAt: now,
    });
    return { id, number };
  });
}

/** Through the gate (POST /api/rfqs, multipart, photo up to 8 MB): a signed-in buyer asks a factory for a quote. */
export const createRfqOp = defineOperation({
  name: "rfqs.create",
  access: access.user,
  input: z.object({ attachment: z.instanceof(Uint8Array).nullable().optional() }).loose(),
  rateLimit: { capacity: 20, refillSeconds: 600 },
  run: ({ db, caller }, { attachment, ...fields }) => createRfq(db, caller.user.id, fields, attachment ?? null),
});
