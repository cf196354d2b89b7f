import "server-only";
import { ValidationError } from "@/lib/errors";
// A photo a factory uploads for one of its listings: checked by content (real image type, bytes,
// pixels: lib/photos/validate-image.ts), re-encoded to WebP in three sizes (which drops metadata and
// anything that is not pixels), hashed (dHash + colour signature, for image search and product
// groups), then stored — blobs and the listing_photos row at the next position — in one transaction.
// A bad upload throws a PhotoUploadError and stores nothing.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import sharp from "sharp";
import type { Db } from "@/db/client";
import { blobs, listingPhotos } from "@/db/schema";
import { findOwnListing } from "@/lib/listings/find-own-listing";
import { refreshListingSearch } from "@/lib/listings/refresh-listing-search";
import { colourSignature, perceptualHash } from "./perceptual-hash";
import { PHOTO_SIZES, photoKey } from "./photo-sizes";
import { checkUploadedImage, MAX_UPLOAD_PIXELS, pixelLimit, type UploadError } from "./validate-image";

export const MAX_PHOTOS_PER_LISTING = 20;

export type PhotoUploadProblem = UploadError | "too_many_photos";

const messageKeys: Record<PhotoUploadProblem, string> = {
  too_large: "photos.tooLarge",
  not_an_image: "photos.notAnImage",
  too_many_pixels: "photos.tooManyPixels",
  unsupported_type: "photos.unsupportedType",
  too_many_photos: "photos.tooMany",
};

/** A refused photo: a validation error on the `photos` field (422), with what was wrong. */
export class PhotoUploadError extends ValidationError {
  readonly problem: PhotoUploadProblem;
  /** Message key for the page, e.g. "photos.notAnImage". */
  readonly key: string;
  constructor(problem: PhotoUploadProblem) {
    super([{ path: ["photos"], key: messageKeys[problem] }]);
    this.name = "PhotoUploadError";
    this.problem = problem;
    this.key = messageKeys[problem];
  }
}

export interface StoredPhoto {
  id: number;
  position: number;
  storageKey: string;
  width: number;
  height: number;
  phash: bigint;
  colours: string;
}

export async function storeListingPhoto(db: Db, factoryId: number, listingId: number, bytes: Uint8Array): Promise<StoredPhoto> {
  await findOwnListing(db, factoryId, listingId); // before the expensive part
  const checked = await checkUploadedImage(bytes);
  if (!checked.ok) throw new PhotoUploadError(checked.error);

  let encoded: { size: number; data: Buffer; width: number; height: number }[];
  try {
    // First frame of an animation; rotate() applies the EXIF orientation before metadata is dropped.
    const decoded = sharp(checked.input, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" }).rotate();
    encoded = await Promise.all(
      PHOTO_SIZES.map(async (size) => {
        const { data, info } = await decoded
          .clone()
          .resize(size, size, { fit: "inside", withoutEnlargement: true })
          .webp({ quality: 82 })
          .toBuffer({ resolveWithObject: true });
        return { size, data, width: info.width, height: info.height };
      }),
    );
  } catch (error) {
    throw new PhotoUploadError(pixelLimit(error) ? "too_many_pixels" : "not_an_image");
  }
  const largest = encoded[0];
  const [phash, colours] = await Promise.all([perceptualHash(largest.data), colourSignature(largest.data)]);
  const base = `photos/${randomUUID()}`;

  return db.transaction(async (tx) => {
    const listing = await findOwnListing(tx, factoryId, listingId, { forUpdate: true });
    const [{ count, next }] = await tx
      .select({ count: sql<number>`count(*)::int`, next: sql<number>`coalesce(max(${listingPhotos.position}) + 1, 0)::int` })
      .from(listingPhotos)
      .where(eq(listingPhotos.listingId, listing.id));
    if (Number(count) >= MAX_PHOTOS_PER_LISTING) throw new PhotoUploadError("too_many_photos");
    await tx.insert(blobs).values(encoded.map((e) => ({ key: photoKey(base, e.size as (typeof PHOTO_SIZES)[number]), contentType: "image/webp", bytes: e.data })));
    const [row] = await tx
      .insert(listingPhotos)
      .values({
        listingId: listing.id,
        position: Number(next),
        storageKey: photoKey(base, PHOTO_SIZES[0]),
        width: largest.width,
        height: largest.height,
        phash,
        colours,
      })
      .returning();
    await refreshListingSearch(tx, listing.id);
    return { id: row.id, position: row.position, storageKey: row.storageKey, width: row.width, height: row.height, phash: row.phash, colours: row.colours };
  });
}
