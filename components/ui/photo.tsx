// A listing photo: its WebP rendition of the size shown, with a JPEG fallback for browsers without
// WebP (converted by /media). "Save image" in a browser saves the WebP, which image search accepts.
import type { ImgHTMLAttributes } from "react";
import { jpegFallbackKey, photoVariantKey, type PhotoSize } from "@/lib/photos/photo-sizes";

type Props = Omit<ImgHTMLAttributes<HTMLImageElement>, "src" | "srcSet"> & { storageKey: string; size: PhotoSize };

export function Photo({ storageKey, size, alt = "", ...img }: Props) {
  const key = photoVariantKey(storageKey, size);
  if (!key.endsWith(".webp")) {
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={`/media/${key}`} alt={alt} {...img} />;
  }
  return (
    <picture className="contents">
      {/* display:none keeps the <source> out of the grid or flex layout the <img> sits in. */}
      <source type="image/webp" srcSet={`/media/${key}`} className="hidden" />
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={`/media/${jpegFallbackKey(key)}`} alt={alt} {...img} />
    </picture>
  );
}
