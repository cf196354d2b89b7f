// GET /api/factory/purchase-orders/<id>/packing-slip — the packing slip (PDF) of a purchase order of
// the signed-in member's factory, to print and put in the parcel. Another factory's purchase order,
// or anyone not a factory member, is a 404 (signed out: 401), never a hint that it exists.
import { routeHandler } from "@/lib/gate/next";
import { getPackingSlipOp } from "@/lib/purchase-orders/get-packing-slip";
import { renderPackingSlipPdf } from "@/lib/purchase-orders/packing-slip-pdf";

export const dynamic = "force-dynamic";

export const GET = routeHandler(getPackingSlipOp, {
  input: (_request, params) => ({ id: params.id }),
  respond: async (slip) =>
    new Response(new Uint8Array(await renderPackingSlipPdf(slip)), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="packing-slip-${slip.number}.pdf"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    }),
});
