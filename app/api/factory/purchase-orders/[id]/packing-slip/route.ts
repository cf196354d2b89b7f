// GET /api/factory/purchase-orders/<id>/packing-slip — the packing slip (PDF) of a purchase order of
// the signed-in member's factory, to print and put in the parcel. Anyone else — signed out, not a
// factory member, another factory — gets a 404, never a hint that the purchase order exists.
import { getDb } from "@/db";
import { currentFactory } from "@/lib/auth/require-factory";
import { NotFoundError } from "@/lib/errors";
import { getPackingSlip } from "@/lib/purchase-orders/get-packing-slip";
import { renderPackingSlipPdf } from "@/lib/purchase-orders/packing-slip-pdf";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return notFound();
  const factory = await currentFactory();
  if (!factory) return notFound();
  let slip;
  try {
    slip = await getPackingSlip(await getDb(), factory.factoryId, Number(id));
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
  const pdf = await renderPackingSlipPdf(slip);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="packing-slip-${slip.number}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
