import "server-only";
// QC photos: checked by content like every upload (lib/photos/validate-image.ts), re-encoded to WebP
// (no metadata), stored as blobs under qc/<uuid>.webp.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import type { DbOrTx } from "@/db/client";
import { blobs } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { checkUploadedImage, MAX_UPLOAD_PIXELS } from "@/lib/photos/validate-image";

export const FREE_QC_PHOTOS = 3;

/** Re-encodes uploaded photos (outside any transaction: it is the slow part); refuses a bad one. */
export async function encodeQcPhotos(files: Blob[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const file of files) {
    const checked = await checkUploadedImage(new Uint8Array(await file.arrayBuffer()));
    if (!checked.ok) throw new ValidationError([{ path: ["photos"], key: checked.error === "too_large" ? "wh.photoTooLarge" : "wh.photoNotImage" }]);
    try {
      out.push(
        await sharp(checked.input, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" })
          .rotate()
          .resize(1280, 1280, { fit: "inside", withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer(),
      );
    } catch {
      throw new ValidationError([{ path: ["photos"], key: "wh.photoNotImage" }]);
    }
  }
  return out;
}

export async function storeQcPhotoBlobs(tx: DbOrTx, images: Buffer[]): Promise<string[]> {
  const keys: string[] = [];
  for (const bytes of images) {
    const key = `qc/${randomUUID()}.webp`;
    await tx.insert(blobs).values({ key, contentType: "image/webp", bytes });
    keys.push(key);
  }
  return keys;
}
