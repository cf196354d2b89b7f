"use server";
// The stock & prices page's actions: save the grid's changed rows, and import an edited spreadsheet.
// Both act on the signed-in member's factory only (currentFactory), and revalidate the catalogue
// pages of the listings they changed.
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db";
import { actionLocale } from "@/lib/action-locale";
import { currentFactory } from "@/lib/auth/require-factory";
import { revalidateCatalog } from "@/lib/catalog/revalidate";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { importListingsCsv } from "@/lib/listings/csv/import-listings-csv";
import { ownListingIds } from "@/lib/listings/own-listing-ids";
import { MAX_ROWS_PER_SAVE, updateSkuStockPrices } from "@/lib/listings/update-sku-stock-prices";
import { parsePriceDeltaYuan } from "@/lib/listings/price-delta";
import { formatMoney } from "@/lib/money/format";
import { readUpload } from "./read-upload";

export interface StockSaveResult {
  status: "ok" | "error";
  message?: string;
  saved?: number;
  /** Per SKU id: the message next to its stock or price difference. */
  rowErrors: Record<number, { stock?: string; priceDelta?: string }>;
}

const rowsSchema = z
  .array(z.object({ skuId: z.number().int().positive(), stock: z.string().max(20), priceDelta: z.string().max(20) }))
  .min(1)
  .max(MAX_ROWS_PER_SAVE);

export async function saveStockAction(rows: { skuId: number; stock: string; priceDelta: string }[]): Promise<StockSaveResult> {
  const locale = await actionLocale();
  const t = await getTranslations({ locale, namespace: "Stock" });
  const factory = await currentFactory();
  if (!factory) return { status: "error", message: t("errors.signedOut"), rowErrors: {} };
  const parsed = rowsSchema.safeParse(rows);
  if (!parsed.success) return { status: "error", message: t("errors.skus.invalid"), rowErrors: {} };

  const rowErrors: StockSaveResult["rowErrors"] = {};
  const changes = parsed.data.map((row) => {
    const stock = /^\s*\d{1,10}\s*$/.test(row.stock) ? Number(row.stock) : null;
    const delta = parsePriceDeltaYuan(row.priceDelta);
    if (stock === null) (rowErrors[row.skuId] ??= {}).stock = t("errors.skus.stockInvalid");
    if (delta === null) (rowErrors[row.skuId] ??= {}).priceDelta = t("errors.skus.priceDeltaInvalid");
    return { skuId: row.skuId, stock: stock ?? 0, priceDeltaFen: delta ?? 0 };
  });
  if (Object.keys(rowErrors).length) return { status: "error", message: t("grid.fixRows"), rowErrors };

  try {
    const result = await updateSkuStockPrices(await getDb(), factory.factoryId, changes);
    for (const listingId of result.listingIds) revalidateCatalog({ listingId });
    if (result.listingIds.length) revalidateCatalog({ factoryId: factory.factoryId });
    refresh();
    return { status: "ok", saved: result.updatedSkus, message: t("grid.saved", { count: result.updatedSkus }), rowErrors: {} };
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: t("errors.notFound"), rowErrors: {} };
    if (error instanceof ValidationError) {
      for (const issue of error.issues) {
        const [index, field] = issue.path;
        const skuId = typeof index === "number" ? changes[index]?.skuId : undefined;
        const params = { ...issue.params, ...(issue.params?.minDeltaFen !== undefined ? { min: formatMoney(Number(issue.params.minDeltaFen), "CNY", locale) } : {}) };
        const message = t.has(`errors.${issue.key}`) ? t(`errors.${issue.key}`, params) : t("errors.skus.invalid");
        if (skuId === undefined) return { status: "error", message, rowErrors: {} };
        (rowErrors[skuId] ??= {})[field === "stock" ? "stock" : "priceDelta"] = message;
      }
      return { status: "error", message: t("grid.fixRows"), rowErrors };
    }
    throw error;
  }
}

export interface ImportResult {
  status: "idle" | "ok" | "error";
  message?: string;
  rows?: number;
  applied?: number;
  errors?: { row: number; column: string | null; message: string }[];
}

export async function importCsvAction(_: ImportResult, formData: FormData): Promise<ImportResult> {
  const locale = await actionLocale();
  const t = await getTranslations({ locale, namespace: "Stock" });
  const factory = await currentFactory();
  if (!factory) return { status: "error", message: t("errors.signedOut") };
  const upload = await readUpload(formData.get("file"));
  if (!upload.ok) return { status: "error", message: t(`import.${upload.key}`) };

  const db = await getDb();
  const report = await importListingsCsv(db, factory.factoryId, upload.bytes);
  if (report.updatedSkus || report.updatedListings) {
    for (const listingId of await ownListingIds(db, factory.factoryId)) revalidateCatalog({ listingId });
    revalidateCatalog({ factoryId: factory.factoryId });
    refresh();
  }
  const errors = report.errors.map((e) => {
    const params = e.params ?? {};
    return { row: e.row, column: e.column, message: t.has(`errors.${e.key}`) ? t(`errors.${e.key}`, params) : t("errors.skus.invalid") };
  });
  return {
    status: errors.length ? "error" : "ok",
    rows: report.rows,
    applied: report.applied,
    message: t("import.summary", { applied: report.applied, rows: report.rows, failed: report.rows - report.applied }),
    errors,
  };
}
