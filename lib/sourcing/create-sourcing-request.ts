import "server-only";
// "Ask us to source it" (issue 11): a link nobody lists, or a photo, with a quantity, a target price
// and notes, sent as one RFQ to each factory of the chosen category (and its sub-categories) that
// sells there, about its best-selling listing in it (the factory may quote for the exact product
// in its answer). Each factory sees an ordinary RFQ with the link in its notes and the photo
// attached; the buyer sees the quotes side by side (get-sourcing-request.ts). One transaction.
// The sort puts verified and most responsive factories first: they are the ones likely to answer.
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { blobs, categories, factories, listings, rfqs, sourcingRequests } from "@/db/schema";
import { ValidationError, type FieldIssue } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { getCurrentRates } from "@/lib/catalog/rates";
import { convertToCny } from "@/lib/money/convert";
import { decimalStringToMinor } from "@/lib/money/format";
import { readUploadedImage } from "@/lib/photos/validate-image";
import { validationError } from "@/lib/rfqs/issues";
import { nextRfqId, rfqNumber } from "@/lib/rfqs/rfq-number";
import { parseProductLink } from "@/lib/search/link-lookup";
import { sourcingRequestSchema } from "./sourcing-schema";

/** At most this many factories are asked: enough to compare, not a mailing list. */
export const MAX_SOURCING_FACTORIES = 6;

export async function createSourcingRequest(
  db: Db,
  buyerId: number,
  input: unknown,
  photo?: Uint8Array | null,
  options: { now?: Date } = {},
): Promise<{ id: number; number: string; rfqNumbers: string[] }> {
  const parsed = sourcingRequestSchema.safeParse(input);
  const issues: FieldIssue[] = parsed.success ? [] : [...validationError(parsed.error.issues).issues];
  const hasPhoto = Boolean(photo && photo.byteLength > 0);
  const data = parsed.success ? parsed.data : null;
  if (!hasPhoto && !(data?.link ?? (input as { link?: unknown } | null)?.link)) issues.push({ path: ["link"], key: "sourcingLinkOrPhoto" });

  let image: { key: string; contentType: string; bytes: Buffer } | null = null;
  if (hasPhoto) {
    const read = await readUploadedImage(photo!);
    if (!read.ok) issues.push({ path: ["photo"], key: read.error === "too_large" ? "rfqAttachmentTooLarge" : read.error === "too_many_pixels" ? "rfqAttachmentTooManyPixels" : "rfqAttachmentNotImage" });
    else {
      const png = read.image.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      image = { key: `sourcing/${randomUUID()}.${png ? "png" : "jpg"}`, contentType: png ? "image/png" : "image/jpeg", bytes: read.image };
    }
  }

  let targetUnitPriceFen: number | null = null;
  if (data?.targetPrice) {
    const minor = decimalStringToMinor(data.targetPrice, data.currency);
    if (minor === null || minor <= 0) issues.push({ path: ["targetPrice"], key: "rfqTargetPrice" });
    else targetUnitPriceFen = Math.max(1, convertToCny(minor, (await getCurrentRates(db))[data.currency].ratePerCny, data.currency));
  }

  // The factories selling in the category or below it, each with its best-selling listing there.
  let offers: { factoryId: number; listingId: number; moq: number }[] = [];
  if (data) {
    const all = await db.select({ id: categories.id, parentId: categories.parentId }).from(categories);
    const ids = new Set([data.categoryId]);
    for (let grown = true; grown; ) {
      grown = false;
      for (const c of all) if (c.parentId != null && ids.has(c.parentId) && !ids.has(c.id)) (ids.add(c.id), (grown = true));
    }
    if (!all.some((c) => c.id === data.categoryId)) issues.push({ path: ["categoryId"], key: "sourcingCategory" });
    else {
      // Verified, responsive factories first (they answer); within a factory its best seller there.
      const rows = await db
        .select({ factoryId: listings.factoryId, listingId: listings.id, moq: listings.moq })
        .from(listings)
        .innerJoin(factories, eq(factories.organisationId, listings.factoryId))
        .where(and(inArray(listings.categoryId, [...ids]), eq(listings.status, "active")))
        .orderBy(sql`${factories.verifiedAt} is null`, desc(factories.responseRatePct), listings.factoryId, desc(listings.soldCount), listings.id);
      const seen = new Set<number>();
      for (const row of rows) if (!seen.has(row.factoryId) && seen.size < MAX_SOURCING_FACTORIES) (seen.add(row.factoryId), offers.push(row));
      if (!offers.length) issues.push({ path: ["categoryId"], key: "sourcingNoFactories" });
    }
  }
  if (issues.length || !data) throw new ValidationError(issues);
  offers = offers.slice(0, MAX_SOURCING_FACTORIES);

  const link = data.link ? (/^https?:\/\//i.test(data.link) ? data.link : `https://${data.link}`) : null;
  const parsedLink = link ? parseProductLink(link) : null;
  const externalOfferId = parsedLink?.kind === "1688" ? parsedLink.offerId : null;
  const now = options.now ?? new Date();
  // What the factory reads in its ordinary RFQ: the buyer's notes, then the link.
  const notes = [data.notes, link].filter(Boolean).join("\n\n").slice(0, 2500);

  return db.transaction(async (tx) => {
    if (image) await tx.insert(blobs).values(image);
    const [request] = await tx
      .insert(sourcingRequests)
      .values({ number: `SR${randomUUID().replaceAll("-", "").slice(0, 12).toUpperCase()}`, buyerId, categoryId: data.categoryId, link, externalOfferId, photoKey: image?.key ?? null, quantity: data.quantity, targetUnitPriceFen, notes: data.notes, createdAt: now })
      .returning({ id: sourcingRequests.id, number: sourcingRequests.number });
    const rfqNumbers: string[] = [];
    for (const offer of offers) {
      const id = await nextRfqId(tx);
      const number = rfqNumber(id, now);
      await tx.insert(rfqs).values({
        id, number, buyerId, factoryId: offer.factoryId, listingId: offer.listingId, skuId: null,
        // A sourcing quantity may be below a listing's MOQ: the factory answers with its own breaks.
        quantity: data.quantity, targetUnitPriceFen, notes, attachmentKey: image?.key ?? null, status: "open",
        sourcingRequestId: request.id, createdAt: now, updatedAt: now,
      });
      rfqNumbers.push(number);
    }
    return { ...request, rfqNumbers };
  });
}

export const createSourcingRequestOp = defineOperation({
  name: "sourcing.create",
  access: access.user,
  // Validated by the operation itself (field messages for every field at once, and the photo's bytes).
  input: z.record(z.string(), z.unknown()),
  rateLimit: { capacity: 20, refillSeconds: 3600 },
  run: async ({ db, caller }, raw) => {
    const { photo, ...fields } = raw as Record<string, unknown>;
    const bytes = photo instanceof File && photo.size > 0 ? new Uint8Array(await photo.arrayBuffer()) : null;
    return createSourcingRequest(db, caller.user.id, fields, bytes);
  },
});
