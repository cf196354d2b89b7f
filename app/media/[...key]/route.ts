// GET /media/<key> — a stored photo (immutable: a changed photo gets a new key).
import { routeHandler } from "@/lib/gate/next";
import { getMediaOp } from "@/lib/media/get-media";

export const GET = routeHandler(getMediaOp, {
  input: (_request, params) => ({ key: params.key }),
  respond: (blob) =>
    new Response(new Uint8Array(blob.bytes), {
      headers: {
        "Content-Type": blob.contentType,
        "Cache-Control": "public, max-age=31536000, immutable",
        // Our own generated SVGs only, but never let an image run script.
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        "X-Content-Type-Options": "nosniff",
      },
    }),
});
