import "server-only";
// The stock & prices grid's save: the changed rows of the member's own factory, each row's
// problems as messages next to its cells, and the catalogue pages of changed listings revalidated.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { revalidateCatalog } from "@/lib/catalog/revalidate";
import { errorCode, type ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { formatMoney } from "@/lib/money/format";
import { parsePriceDeltaYuan } from "./price-delta";
import { MAX_ROWS_PER_SAVE, updateSkuStockPrices } from "./update-sku-stock-prices";

export interface StockSaveResult {
  status: "ok" | "error";
  message?: string;
  saved?: number;
  /** Per SKU id: the message next to its stock or price difference. */
  rowErrors: Record<number, { stock?: string; priceDelta?: string }>;
}

export const saveStockGridOp = defineOperation({
  name: "listings.saveStockGrid",
  access: access.member("factory"),
  input: z.object({
    rows: z.array(z.object({ skuId: zId, stock: z.string().max(20), priceDelta: z.string().max(20) })).min(1).max(MAX_ROWS_PER_SAVE),
  }),
  run: async ({ db, caller, locale }, { rows }): Promise<StockSaveResult> => {
    const t = await getTranslations({ locale, namespace: "Stock" });
    const factoryId = caller.organisation.organisationId;
    const rowErrors: StockSaveResult["rowErrors"] = {};
    const changes = rows.map((row) => {
      const stock = /^\s*\d{1,9}\s*$/.test(row.stock) ? Number(row.stock) : null;
      const delta = parsePriceDeltaYuan(row.priceDelta);
      if (stock === null) (rowErrors[row.skuId] ??= {}).stock = t("errors.skus.stockInvalid");
      if (delta === null) (rowErrors[row.skuId] ??= {}).priceDelta = t("errors.skus.priceDeltaInvalid");
      return { skuId: row.skuId, stock: stock ?? 0, priceDeltaFen: delta ?? 0 };
    });
    if (Object.keys(rowErrors).length) return { status: "error", message: t("grid.fixRows"), rowErrors };
    try {
      const result = await updateSkuStockPrices(db, factoryId, changes);
      for (const listingId of result.listingIds) revalidateCatalog({ listingId });
      if (result.listingIds.length) revalidateCatalog({ factoryId });
      return { status: "ok", saved: result.updatedSkus, message: t("grid.saved", { count: result.updatedSkus }), rowErrors: {} };
    } catch (error) {
      if (errorCode(error) === "not_found") return { status: "error", message: t("errors.notFound"), rowErrors: {} };
      if (errorCode(error) !== "validation") throw error;
      for (const issue of (error as ValidationError).issues) {
        const [index, field] = issue.path;
        const skuId = typeof index === "number" ? changes[index]?.skuId : undefined;
        const params = { ...issue.params, ...(issue.params?.minDeltaFen !== undefined ? { min: formatMoney(Number(issue.params.minDeltaFen), "CNY", locale) } : {}) };
        const message = t.has(`errors.${issue.key}` as never) ? t(`errors.${issue.key}` as never, params as never) : t("errors.skus.invalid");
        if (skuId === undefined) return { status: "error", message, rowErrors: {} };
        (rowErrors[skuId] ??= {})[field === "stock" ? "stock" : "priceDelta"] = message;
      }
      return { status: "error", message: t("grid.fixRows"), rowErrors };
    }
  },
});
