// GET /api/factory/listings.csv — the factory member's listings and SKUs as a spreadsheet (one row
// per SKU), to edit and import back. POST — import an edited spreadsheet (multipart field `file`,
// up to 5 MB; a route handler because server actions refuse bodies over 1 MB).
import { importCsvOp, MAX_CSV_BYTES } from "@/lib/listings/csv/import-csv-upload";
import { exportListingsCsvOp } from "@/lib/listings/csv/export-listings-csv";
import { readUpload, routeHandler } from "@/lib/gate/next";

export const dynamic = "force-dynamic";

export const GET = routeHandler(exportListingsCsvOp, {
  respond: ({ factoryId, csv }) => {
    const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="haozao-listings-${factoryId}-${day}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  },
});

export const POST = routeHandler(importCsvOp, {
  input: async (request) => ({ file: (await readUpload(request, "file", MAX_CSV_BYTES)).file }),
});
