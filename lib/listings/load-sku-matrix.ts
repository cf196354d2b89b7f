import "server-only";
// A listing's option axes, values and SKUs as stored, with each SKU's value keys: what the SKU
// matrix functions and the forms work with.
import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listingOptionValues, listingOptions, skus, type LocalizedLabel } from "@/db/schema";

export interface StoredAxis {
  optionId: number;
  axis: string;
  values: { id: number; key: string; label: LocalizedLabel; swatch: string | null }[];
}

export interface StoredSku {
  id: number;
  code: string;
  /** Value keys in axis order; null when the SKU's values no longer match the axes (an old SKU). */
  keys: string[] | null;
  optionValueIds: number[];
  stock: number;
  reserved: number;
  priceDeltaFen: number;
  active: boolean;
}

export interface StoredMatrix {
  axes: StoredAxis[];
  skus: StoredSku[];
}

export async function loadSkuMatrix(db: DbOrTx, listingId: number): Promise<StoredMatrix> {
  const options = await db
    .select()
    .from(listingOptions)
    .where(eq(listingOptions.listingId, listingId))
    .orderBy(asc(listingOptions.position), asc(listingOptions.id));
  const values = options.length
    ? await db
        .select()
        .from(listingOptionValues)
        .where(inArray(listingOptionValues.optionId, options.map((o) => o.id)))
        .orderBy(asc(listingOptionValues.position), asc(listingOptionValues.id))
    : [];
  const axes: StoredAxis[] = options.map((o) => ({
    optionId: o.id,
    axis: o.axis,
    values: values.filter((v) => v.optionId === o.id).map((v) => ({ id: v.id, key: v.key, label: v.label, swatch: v.swatch })),
  }));
  const keyOf = new Map<number, { axis: number; key: string }>();
  axes.forEach((axis, a) => axis.values.forEach((v) => keyOf.set(v.id, { axis: a, key: v.key })));

  const rows = await db.select().from(skus).where(eq(skus.listingId, listingId)).orderBy(asc(skus.id));
  return {
    axes,
    skus: rows.map((row) => {
      const found = row.optionValueIds.map((id) => keyOf.get(id));
      const complete = found.length === axes.length && found.every((f, a) => f?.axis === a);
      return {
        id: row.id,
        code: row.code,
        keys: complete ? found.map((f) => f!.key) : null,
        optionValueIds: row.optionValueIds,
        stock: row.stock,
        reserved: row.reserved,
        priceDeltaFen: row.priceDeltaFen,
        active: row.active,
      };
    }),
  };
}
