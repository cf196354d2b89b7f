// A listing photo is stored as WebP in three sizes under one base key: "<base>-1200.webp" (the key in
// listing_photos.storage_key: the largest), "-600.webp" (cards) and "-240.webp" (thumbnails).
// Pure: pages use photoVariantKey to pick the size they show.
export const PHOTO_SIZES = [1200, 600, 240] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];

export const photoKey = (base: string, size: PhotoSize) => `${base}-${size}.webp`;

/**
 * The key of another size of a stored photo. A photo's storage key names its largest size (1200 for
 * uploads, 600 for the generated demo photos): a larger size asked for gives that key itself.
 * Photos stored otherwise have one size.
 */
export function photoVariantKey(storageKey: string, size: PhotoSize): string {
  const m = /^(.*)-(\d+)\.webp$/.exec(storageKey);
  if (!m || !(PHOTO_SIZES as readonly number[]).includes(Number(m[2]))) return storageKey;
  return size >= Number(m[2]) ? storageKey : photoKey(m[1], size);
}

/** The JPEG fallback of a WebP rendition (served by /media, converted on the fly): same key, .jpg. */
export const jpegFallbackKey = (webpKey: string) => webpKey.replace(/\.webp$/, ".jpg");

/** Every stored size of a photo (the key itself for single-size photos). */
export const photoVariantKeys = (storageKey: string) => [...new Set(PHOTO_SIZES.map((size) => photoVariantKey(storageKey, size)))];
