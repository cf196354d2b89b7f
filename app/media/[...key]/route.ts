// GET /media/<key> — a stored photo (immutable: a changed photo gets a new key); `<key>.jpg` is the
// JPEG fallback of a WebP rendition.
import { routeHandler } from "@/lib/gate/next";
import { getMediaOp } from "@/lib/media/get-media";

export const GET = routeHandler(getMediaOp, {
  input: (_request, params) => ({ key: params.key }),
  respond: (blob) =>
    new Response(blob.bytes as BodyInit, {
      headers: {
        "Content-Type": blob.contentType,
        "Cache-Control": "public, max-age=31536000, immutable",
        // Bitmaps only, but never let a stored file run script.
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        "X-Content-Type-Options": "nosniff",
      },
    }),
});
