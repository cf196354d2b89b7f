// GET /api/rfqs/<id>/attachment — the image attached to a request for quotation, for the buyer who
// asked and the members of the factory it is addressed to; 404 for anyone else.
import { routeHandler } from "@/lib/gate/next";
import { getRfqAttachmentOp } from "@/lib/rfqs/get-rfq-attachment";

export const dynamic = "force-dynamic";

export const GET = routeHandler(getRfqAttachmentOp, {
  input: (_request, params) => ({ id: params.id }),
  respond: (blob) =>
    new Response(new Uint8Array(blob.bytes), {
      headers: {
        "Content-Type": blob.contentType,
        "Cache-Control": "private, max-age=3600",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "X-Content-Type-Options": "nosniff",
      },
    }),
});
