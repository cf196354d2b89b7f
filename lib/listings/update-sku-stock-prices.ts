import "server-only";
// The stock & prices grid saves the rows the factory changed: each SKU's stock and price difference.
// Every SKU must belong to the caller's factory (else the whole submit is refused as not found); every
// row is checked — whole numbers, stock not below the units already reserved by orders, and a unit
// price above zero at every tier of the listing — and with any problem nothing is written, each
// problem reported with its row. Otherwise all rows are written in one transaction (SKUs locked, so
// an order reserving stock meanwhile is seen), and the search rows of active listings are refreshed
// (the "in stock" filter). The caller revalidates the catalogue pages of the returned listings.
import { and, eq, inArray, min, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { listings, priceTiers, skus } from "@/db/schema";
import { NotFoundError, ValidationError, type FieldIssue } from "@/lib/errors";
import { refreshListingSearch } from "./refresh-listing-search";

export const MAX_STOCK = 1_000_000_000;
export const MAX_PRICE_DELTA_FEN = 100_000_000;
export const MAX_ROWS_PER_SAVE = 200;

export interface SkuStockPrice {
  skuId: number;
  stock: number;
  priceDeltaFen: number;
}

const rowSchema = z.object({
  skuId: z.number().int().positive(),
  stock: z.number().int("skus.stockInvalid").min(0, "skus.stockInvalid").max(MAX_STOCK, "skus.stockInvalid"),
  priceDeltaFen: z
    .number()
    .int("skus.priceDeltaInvalid")
    .min(-MAX_PRICE_DELTA_FEN, "skus.priceDeltaInvalid")
    .max(MAX_PRICE_DELTA_FEN, "skus.priceDeltaInvalid"),
});

export async function updateSkuStockPrices(
  db: Db,
  factoryId: number,
  changes: SkuStockPrice[],
): Promise<{ updatedSkus: number; listingIds: number[] }> {
  if (changes.length === 0) return { updatedSkus: 0, listingIds: [] };
  if (changes.length > MAX_ROWS_PER_SAVE) throw new ValidationError([{ path: [], key: "skus.tooManyRows", params: { max: MAX_ROWS_PER_SAVE } }]);
  const issues: FieldIssue[] = [];
  changes.forEach((change, index) => {
    const parsed = rowSchema.safeParse(change);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ path: [index, String(issue.path[0] ?? "skuId")], key: issue.message.includes(".") ? issue.message : "skus.invalid" });
    }
  });
  const ids = changes.map((c) => c.skuId);
  if (new Set(ids).size !== ids.length) issues.push({ path: [], key: "skus.duplicate" });
  if (issues.length) throw new ValidationError(issues);

  return db.transaction(async (tx) => {
    const own = await tx
      .select({ id: skus.id, listingId: skus.listingId, reserved: skus.reserved, status: listings.status })
      .from(skus)
      .innerJoin(listings, eq(listings.id, skus.listingId))
      .where(and(inArray(skus.id, ids), eq(listings.factoryId, factoryId), eq(skus.active, true), ne(listings.status, "archived")))
      .for("update", { of: skus });
    const byId = new Map(own.map((s) => [s.id, s]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing !== undefined) throw new NotFoundError("sku", missing);

    const listingIds = [...new Set(own.map((s) => s.listingId))];
    const cheapest = new Map(
      (await tx
        .select({ listingId: priceTiers.listingId, fen: min(priceTiers.unitPriceFen) })
        .from(priceTiers)
        .where(inArray(priceTiers.listingId, listingIds))
        .groupBy(priceTiers.listingId)).map((r) => [r.listingId, Number(r.fen)]),
    );
    changes.forEach((change, index) => {
      const sku = byId.get(change.skuId)!;
      if (change.stock < sku.reserved) issues.push({ path: [index, "stock"], key: "skus.stockBelowReserved", params: { reserved: sku.reserved } });
      const floor = cheapest.get(sku.listingId);
      if (floor !== undefined && floor + change.priceDeltaFen <= 0) {
        issues.push({ path: [index, "priceDeltaFen"], key: "skus.priceNotPositive", params: { minDeltaFen: 1 - floor } });
      }
    });
    if (issues.length) throw new ValidationError(issues);

    for (const change of changes) {
      await tx.update(skus).set({ stock: change.stock, priceDeltaFen: change.priceDeltaFen }).where(eq(skus.id, change.skuId));
    }
    for (const listingId of listingIds) {
      if (own.find((s) => s.listingId === listingId)?.status === "active") await refreshListingSearch(tx, listingId);
    }
    return { updatedSkus: changes.length, listingIds };
  });
}
