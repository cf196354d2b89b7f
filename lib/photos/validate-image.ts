// An uploaded photo, checked by its content (never by its name or declared type) and re-encoded,
// so that what we hash or keep is a plain bitmap of bounded size: no SVG (script, external
// references), no decompression bombs, no metadata.
import sharp, { type Metadata } from "sharp";

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
export const MAX_UPLOAD_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 1024;

/** sharp reports AVIF as "heif". */
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "gif", "avif", "heif"]);

export type UploadError = "too_large" | "not_an_image" | "too_many_pixels" | "unsupported_type";
export type UploadedImage = { ok: true; image: Buffer } | { ok: false; error: UploadError };
export type CheckedUpload = { ok: true; input: Buffer; metadata: Metadata } | { ok: false; error: UploadError };

/** The checks on the bytes and the header alone (size, real type, pixel count), before any decoding. */
export async function checkUploadedImage(bytes: Uint8Array): Promise<CheckedUpload> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: "too_large" };
  if (bytes.byteLength === 0) return { ok: false, error: "not_an_image" };
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: MAX_UPLOAD_PIXELS }).metadata();
  } catch (error) {
    return { ok: false, error: pixelLimit(error) ? "too_many_pixels" : "not_an_image" };
  }
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) return { ok: false, error: "unsupported_type" };
  if (!metadata.width || !metadata.height) return { ok: false, error: "not_an_image" };
  if (metadata.width * metadata.height > MAX_UPLOAD_PIXELS) return { ok: false, error: "too_many_pixels" };
  return { ok: true, input, metadata };
}

export async function readUploadedImage(bytes: Uint8Array): Promise<UploadedImage> {
  const checked = await checkUploadedImage(bytes);
  if (!checked.ok) return checked;
  const { input, metadata } = checked;

  try {
    // First frame only for animations; rotate() applies the EXIF orientation before it is dropped.
    const pipeline = sharp(input, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" })
      .rotate()
      .resize(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, { fit: "inside", withoutEnlargement: true });
    const image = metadata.hasAlpha
      ? await pipeline.png({ compressionLevel: 9 }).toBuffer()
      : await pipeline.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
    return { ok: true, image };
  } catch (error) {
    return { ok: false, error: pixelLimit(error) ? "too_many_pixels" : "not_an_image" };
  }
}

/** sharp's error when limitInputPixels is exceeded (it checks the header before decoding). */
export const pixelLimit = (error: unknown) => error instanceof Error && /pixel limit/i.test(error.message);
