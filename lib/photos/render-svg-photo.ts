// A generated illustration (SVG) turned into the raster renditions a listing photo is served as:
// WebP in the sizes the pages use, hashed like an uploaded photo (dHash + colour signature of the
// largest rendition, as lib/photos/store-listing-photo.ts does), so that a buyer who saves one of
// these photos and uploads it to image search finds the listing. The SVG itself is never served.
import sharp from "sharp";
import { hashPhoto } from "./perceptual-hash";
import { photoKey, type PhotoSize } from "./photo-sizes";

/** The demo's illustrations are flat drawings: 600 px is as sharp as the gallery shows them. */
export const GENERATED_PHOTO_SIZES = [600, 240] as const satisfies readonly PhotoSize[];

export interface RenderedPhoto {
  /** The key of the largest rendition (what listing_photos.storage_key holds). */
  key: string;
  renditions: { key: string; bytes: Buffer }[];
  width: number;
  height: number;
  phash: bigint;
  colours: string;
}

export async function renderSvgPhoto(base: string, svg: string): Promise<RenderedPhoto> {
  const [largest] = GENERATED_PHOTO_SIZES;
  const width = Number(/<svg[^>]*\swidth="([\d.]+)/.exec(svg)?.[1] ?? 800) || 800;
  // Rasterise once at the largest size (the costly part), then encode each size from the pixels.
  const { data, info } = await sharp(Buffer.from(svg), { density: Math.min(2400, (72 * largest) / width) })
    .resize(largest, largest, { fit: "fill" })
    .flatten({ background: "#ffffff" })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const renditions = await Promise.all(
    GENERATED_PHOTO_SIZES.map(async (size) => ({
      key: photoKey(base, size),
      bytes: await sharp(data, raw).resize(size, size, { fit: "fill" }).webp({ quality: 82, effort: 2 }).toBuffer(),
    })),
  );
  const { phash, colours } = await hashPhoto(renditions[0].bytes);
  return { key: renditions[0].key, renditions, width: info.width, height: info.height, phash, colours };
}
