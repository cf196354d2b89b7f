import "server-only";
// Writes a listing's new option axes and SKUs over the stored ones, inside the caller's transaction.
// Values and SKUs are matched by key, so that stock, reservations and order history stay with them.
// A SKU that leaves the matrix is deleted, or, if orders refer to it, deactivated and its code freed
// (it keeps the order history; the combination, if it comes back, is a new SKU).
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { listingOptionValues, listingOptions, orderLines, skus, type LocalizedLabel } from "@/db/schema";
import { combinationKey, skuCode, type MatrixAxis, type MatrixSku } from "@/lib/catalog/sku-matrix";
import type { StoredMatrix } from "./load-sku-matrix";

const same = (a: string | undefined, b: string | undefined) =>
  (a ?? "").normalize("NFKC").trim().toLowerCase() === (b ?? "").normalize("NFKC").trim().toLowerCase();

/** The stored label with the new source text; other locales are dropped when the source text changed. */
function mergeLabel(stored: LocalizedLabel, entered: LocalizedLabel, sourceLocale: string): LocalizedLabel {
  return same(stored[sourceLocale], entered[sourceLocale]) ? { ...stored, ...entered } : { ...entered };
}

export async function writeSkuMatrix(
  tx: Tx,
  listingId: number,
  sourceLocale: string,
  stored: StoredMatrix,
  axes: readonly MatrixAxis[],
  matrix: readonly MatrixSku[],
) {
  // Option axes and their values.
  const kept = new Set(axes.map((a) => a.axis));
  const gone = stored.axes.filter((a) => !kept.has(a.axis)).map((a) => a.optionId);
  if (gone.length) await tx.delete(listingOptions).where(inArray(listingOptions.id, gone));
  const valueId = new Map<string, number>(); // `${axisIndex}:${key}` -> id
  for (const [position, axis] of axes.entries()) {
    const old = stored.axes.find((a) => a.axis === axis.axis);
    let optionId = old?.optionId;
    if (optionId) await tx.update(listingOptions).set({ position }).where(eq(listingOptions.id, optionId));
    else {
      [{ id: optionId }] = await tx.insert(listingOptions).values({ listingId, axis: axis.axis, position }).returning({ id: listingOptions.id });
    }
    const keys = axis.values.map((v) => v.key);
    await tx
      .delete(listingOptionValues)
      .where(and(eq(listingOptionValues.optionId, optionId!), keys.length ? notInArray(listingOptionValues.key, keys) : sql`true`));
    for (const [valuePosition, value] of axis.values.entries()) {
      const previous = old?.values.find((v) => v.key === value.key);
      if (previous) {
        await tx
          .update(listingOptionValues)
          .set({ label: mergeLabel(previous.label, value.label, sourceLocale), swatch: value.swatch ?? null, position: valuePosition })
          .where(eq(listingOptionValues.id, previous.id));
        valueId.set(`${position}:${value.key}`, previous.id);
      } else {
        const [row] = await tx
          .insert(listingOptionValues)
          .values({ optionId: optionId!, key: value.key, label: value.label, swatch: value.swatch ?? null, position: valuePosition })
          .returning({ id: listingOptionValues.id });
        valueId.set(`${position}:${value.key}`, row.id);
      }
    }
  }

  // SKUs: removed ones first, so that their codes are free.
  const wanted = new Map(matrix.map((sku) => [combinationKey(sku.keys), sku]));
  const existing = new Map<string, StoredMatrix["skus"][number]>();
  const removed: number[] = [];
  for (const sku of stored.skus) {
    const id = sku.keys ? combinationKey(sku.keys) : null;
    if (id !== null && wanted.has(id) && !existing.has(id)) existing.set(id, sku);
    else removed.push(sku.id);
  }
  if (removed.length) {
    const ordered = new Set(
      (await tx.selectDistinct({ id: orderLines.skuId }).from(orderLines).where(inArray(orderLines.skuId, removed))).map((r) => r.id),
    );
    const deletable = removed.filter((id) => !ordered.has(id));
    if (deletable.length) await tx.delete(skus).where(inArray(skus.id, deletable));
    for (const id of ordered) {
      await tx
        .update(skus)
        .set({ active: false, code: sql`left(${skus.code}, 40) || '~' || ${skus.id}` })
        .where(and(eq(skus.id, id), eq(skus.active, true)));
    }
  }
  for (const sku of matrix) {
    const row = {
      code: skuCode(sku.keys),
      optionValueIds: sku.keys.map((key, axis) => valueId.get(`${axis}:${key}`)!),
      stock: sku.stock,
      priceDeltaFen: sku.priceDeltaFen,
      active: true,
    };
    const old = existing.get(combinationKey(sku.keys));
    if (old) await tx.update(skus).set(row).where(eq(skus.id, old.id));
    else await tx.insert(skus).values({ listingId, ...row });
  }
}
