// GET /api/agent/shipments/<id>/invoice — the shipment's commercial invoice and packing list (PDF), for the agent running its
// warehouse; anyone else gets a 404.
import { routeHandler } from "@/lib/gate/next";
import { shipmentDocumentOp } from "@/lib/shipments/shipment-documents";

export const dynamic = "force-dynamic";

export const GET = routeHandler(shipmentDocumentOp, {
  input: (_request, params) => ({ id: params.id, kind: "invoice" }),
  respond: ({ pdf, name }) =>
    new Response(new Uint8Array(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="${name}"`, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    }),
});
