// The variant matrix of a listing (SPEC 3): option axes (colour x size ...), every combination of
// their values is one SKU with its own stock and price difference. Pure: the form and the server
// both use it, and save-listing writes what it returns.
import type { FieldIssue } from "@/lib/errors";
import type { Tier } from "@/lib/pricing/tiers";

export const MAX_AXES = 3;
export const MAX_COMBINATIONS = 100;
/** Three keys joined by "-" must fit skus.code (60). */
export const MAX_VALUE_KEY_LENGTH = 18;
export const MAX_STOCK = 1_000_000_000;
export const MAX_PRICE_DELTA_FEN = 100_000_000;

/** A label in several locales; at least the listing's source locale. */
export type ValueLabel = Partial<Record<string, string>>;

export interface MatrixValue {
  /** Stable identity of the value: keeps its SKUs' stock when the label is edited. */
  key: string;
  label: ValueLabel;
  swatch?: string | null;
}

export interface MatrixAxis {
  axis: string;
  values: MatrixValue[];
}

export interface MatrixSku {
  /** Value keys, one per axis, in axis order ([] for a listing without options). */
  keys: string[];
  stock: number;
  priceDeltaFen: number;
}

/** A value key from a label: lower-case letters and digits of any script, words joined by "-". */
export function valueKeyFromLabel(label: string): string {
  return label
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_VALUE_KEY_LENGTH)
    .replace(/-+$/, "");
}

const normalizeLabel = (text: string) => text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/** Every combination of the axes' value keys, first axis slowest ([[]] without axes: one SKU). */
export function generateCombinations(axes: readonly MatrixAxis[]): string[][] {
  return axes.reduce<string[][]>((acc, axis) => acc.flatMap((combo) => axis.values.map((v) => [...combo, v.key])), [[]]);
}

export const combinationCount = (axes: readonly MatrixAxis[]) => axes.reduce((n, axis) => n * axis.values.length, 1);

/** One string per combination, for maps. */
export const combinationKey = (keys: readonly string[]) => keys.join("\u001f");

/** The SKU code shown to the factory and in exports: "RED-XL", or "STD" without options. */
export const skuCode = (keys: readonly string[]) => (keys.length ? keys.join("-").toUpperCase() : "STD");

/**
 * Every problem of a matrix, as message keys with their place: axes (at most 3, names unique and
 * non-empty, at least one value each), values (non-empty in the source locale, unique by key and by
 * label, usable keys), at most 100 combinations, SKUs (each one of the combinations, once; stock an
 * integer >= 0; price difference an integer number of fen, negative allowed as long as the unit price
 * stays above zero at every tier).
 */
export function validateSkuMatrix(
  axes: readonly MatrixAxis[],
  skus: readonly MatrixSku[],
  tiers: readonly Tier[],
  sourceLocale: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (axes.length > MAX_AXES) issues.push({ path: ["options"], key: "options.tooManyAxes", params: { max: MAX_AXES } });

  const axisNames = new Set<string>();
  axes.forEach((axis, a) => {
    const name = axis.axis.trim();
    if (!name) issues.push({ path: ["options", a, "axis"], key: "options.axisRequired" });
    else if (axisNames.has(name)) issues.push({ path: ["options", a, "axis"], key: "options.axisDuplicate" });
    axisNames.add(name);
    if (axis.values.length === 0) issues.push({ path: ["options", a, "values"], key: "options.valuesRequired" });

    const keys = new Set<string>();
    const labels = new Set<string>();
    axis.values.forEach((value, v) => {
      const at = ["options", a, "values", v];
      const label = normalizeLabel(value.label[sourceLocale] ?? "");
      if (!label) issues.push({ path: [...at, "label"], key: "options.valueRequired" });
      else if (labels.has(label)) issues.push({ path: [...at, "label"], key: "options.valueDuplicate" });
      labels.add(label);
      if (!isValueKey(value.key)) issues.push({ path: [...at, "key"], key: "options.valueKeyInvalid" });
      else if (keys.has(value.key)) issues.push({ path: [...at, "label"], key: "options.valueDuplicate" });
      keys.add(value.key);
    });
  });

  const count = combinationCount(axes);
  if (count > MAX_COMBINATIONS) {
    issues.push({ path: ["skus"], key: "skus.tooManyCombinations", params: { count, max: MAX_COMBINATIONS } });
    return issues; // every SKU below would be checked against a matrix nobody can use
  }
  const combinations = generateCombinations(axes);
  const codes = new Set(combinations.map(skuCode));
  if (codes.size !== combinations.length) issues.push({ path: ["options"], key: "options.ambiguousValues" });

  const known = new Set(combinations.map(combinationKey));
  const seen = new Set<string>();
  const cheapestTier = tiers.length ? Math.min(...tiers.map((t) => t.unitPriceFen)) : null;
  skus.forEach((sku, s) => {
    const id = combinationKey(sku.keys);
    if (!known.has(id)) issues.push({ path: ["skus", s], key: "skus.unknownCombination" });
    else if (seen.has(id)) issues.push({ path: ["skus", s], key: "skus.duplicate" });
    seen.add(id);
    if (!Number.isInteger(sku.stock) || sku.stock < 0 || sku.stock > MAX_STOCK) {
      issues.push({ path: ["skus", s, "stock"], key: "skus.stockInvalid" });
    }
    if (!Number.isInteger(sku.priceDeltaFen) || Math.abs(sku.priceDeltaFen) > MAX_PRICE_DELTA_FEN) {
      issues.push({ path: ["skus", s, "priceDeltaFen"], key: "skus.priceDeltaInvalid" });
    } else if (cheapestTier !== null && cheapestTier + sku.priceDeltaFen <= 0) {
      // Tiers only get cheaper: the cheapest is the one that can go to zero.
      const tier = tiers.find((t) => t.unitPriceFen === cheapestTier)!;
      issues.push({
        path: ["skus", s, "priceDeltaFen"],
        key: "skus.priceNotPositive",
        params: { minQty: tier.minQty, unitPriceFen: tier.unitPriceFen + sku.priceDeltaFen },
      });
    }
  });
  return issues;
}

const isValueKey = (key: string) =>
  key.length > 0 && key.length <= MAX_VALUE_KEY_LENGTH && /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u.test(key);

/**
 * The SKUs of a (new) matrix: one per combination, in combination order. A combination takes the
 * stock and price difference the factory entered for it, else those of the existing SKU with the
 * same value keys (a value added to an axis keeps the stock of every combination that still exists),
 * else zero.
 */
export function mergeSkuMatrix(
  axes: readonly MatrixAxis[],
  existing: readonly MatrixSku[],
  entered: readonly MatrixSku[] = [],
): MatrixSku[] {
  const byKey = new Map<string, MatrixSku>();
  for (const sku of existing) byKey.set(combinationKey(sku.keys), sku);
  for (const sku of entered) byKey.set(combinationKey(sku.keys), sku);
  return generateCombinations(axes).map((keys) => {
    const found = byKey.get(combinationKey(keys));
    return { keys, stock: found?.stock ?? 0, priceDeltaFen: found?.priceDeltaFen ?? 0 };
  });
}
