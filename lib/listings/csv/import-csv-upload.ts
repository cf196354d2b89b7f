import "server-only";
// The stock page's spreadsheet import (POST /api/factory/listings.csv, up to 5 MB): good rows are
// applied to the member's own factory, each refused row reported with its row, column and reason.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { revalidateCatalog } from "@/lib/catalog/revalidate";
import { access, defineOperation } from "@/lib/gate";
import { ownListingIds } from "@/lib/listings/own-listing-ids";
import { importListingsCsv } from "./import-listings-csv";

export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export interface ImportResult {
  status: "idle" | "ok" | "error";
  message?: string;
  rows?: number;
  applied?: number;
  errors?: { row: number; column: string | null; message: string }[];
}

export const importCsvOp = defineOperation({
  name: "listings.importCsv",
  access: access.member("factory"),
  input: z.object({ file: z.instanceof(Uint8Array).nullable() }),
  rateLimit: { capacity: 10, refillSeconds: 60 },
  run: async ({ db, caller, locale }, { file }): Promise<ImportResult> => {
    const t = await getTranslations({ locale, namespace: "Stock" });
    if (!file || file.byteLength === 0) return { status: "error", message: t("import.noFile") };
    const factoryId = caller.organisation.organisationId;
    const report = await importListingsCsv(db, factoryId, file);
    if (report.updatedSkus || report.updatedListings) {
      for (const listingId of await ownListingIds(db, factoryId)) revalidateCatalog({ listingId });
      revalidateCatalog({ factoryId });
    }
    const errors = report.errors.map((e) => ({
      row: e.row,
      column: e.column,
      message: t.has(`errors.${e.key}` as never) ? t(`errors.${e.key}` as never, (e.params ?? {}) as never) : t("errors.skus.invalid"),
    }));
    return {
      status: errors.length ? "error" : "ok",
      rows: report.rows,
      applied: report.applied,
      message: t("import.summary", { applied: report.applied, rows: report.rows, failed: report.rows - report.applied }),
      errors,
    };
  },
});
