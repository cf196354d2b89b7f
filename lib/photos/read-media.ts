import "server-only";
// A public photo by key, as /media serves it. Photos are stored as WebP renditions; a browser that
// asks for the `.jpg` of one (the <picture> fallback, lib/photos/photo-sizes.ts jpegFallbackKey)
// gets it converted on the fly. RFQ attachments are private: /api/rfqs/<id>/attachment serves them.
import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { DbOrTx } from "@/db/client";
import { blobs } from "@/db/schema";

export interface Media {
  contentType: string;
  bytes: Uint8Array;
}

export async function readMedia(db: DbOrTx, key: string): Promise<Media | null> {
  if (key.length > 120 || key.includes("..") || key.startsWith("rfq/")) return null;
  const [blob] = await db.select({ contentType: blobs.contentType, bytes: blobs.bytes }).from(blobs).where(eq(blobs.key, key));
  if (blob) return { contentType: blob.contentType, bytes: new Uint8Array(blob.bytes) };
  if (!key.endsWith(".jpg")) return null;
  const [webp] = await db
    .select({ bytes: blobs.bytes })
    .from(blobs)
    .where(eq(blobs.key, key.replace(/\.jpg$/, ".webp")));
  if (!webp) return null;
  const jpeg = await sharp(webp.bytes).flatten({ background: "#ffffff" }).jpeg({ quality: 85, mozjpeg: true }).toBuffer();
  return { contentType: "image/jpeg", bytes: new Uint8Array(jpeg) };
}
