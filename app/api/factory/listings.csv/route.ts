// GET /api/factory/listings.csv — the signed-in factory member's listings and SKUs as a spreadsheet
// (one row per SKU), to edit and import back on the stock & prices page. 404 for anyone else.
import { getDb } from "@/db";
import { currentFactory } from "@/lib/auth/require-factory";
import { exportListingsCsv } from "@/lib/listings/csv/export-listings-csv";

export const dynamic = "force-dynamic";

export async function GET() {
  const factory = await currentFactory();
  if (!factory) return new Response("Not found", { status: 404, headers: { "cache-control": "private, no-store" } });
  const csv = await exportListingsCsv(await getDb(), factory.factoryId);
  const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="haozao-listings-${factory.factoryId}-${day}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
