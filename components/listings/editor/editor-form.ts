// The listing editor's state: the form exactly as typed (numbers as strings, prices in yuan), rows
// with stable client ids, and the SKU matrix keyed by the ids of its option values so that renaming
// a value never loses the stock typed for it. Pure: built from the server's values, turned into the
// draft the save action takes, and the server's issue paths (`skus.3.stock`) placed back on rows.
import { generateCombinations, skuCode, valueKeyFromLabel } from "@/lib/catalog/sku-matrix";
import type { FieldIssue } from "@/lib/errors";
import type { ListingDraft } from "@/lib/listings/listing-draft";
import type { EditorValues } from "@/lib/listings/load-listing-editor";
import { minorToDecimalString } from "@/lib/money/format";

export interface AttrRow { id: string; key: string; value: string }
export interface ValueRow { id: string; key?: string; label: string }
export interface AxisRow { id: string; axis: string; values: ValueRow[] }
export interface SkuCell { stock: string; priceDelta: string }
export interface TierRow { id: string; minQty: string; unitPrice: string }

export interface EditorForm {
  sourceLocale: string;
  title: string;
  description: string;
  categoryId: string;
  unit: string;
  moq: string;
  leadTimeDays: string;
  externalOfferId: string;
  hsCode: string;
  weightG: string;
  length: string;
  width: string;
  height: string;
  attributes: AttrRow[];
  tags: string[];
  axes: AxisRow[];
  /** By combination id (the value ids joined by "|"; "" without options). */
  skus: Record<string, SkuCell>;
  tiers: TierRow[];
}

let counter = 0;
/** Ids of rows added in the browser ("n…"); rows loaded from the server get "i…" ids (same on both sides). */
export const newRowId = () => `n${++counter}`;

export const comboId = (values: readonly ValueRow[]) => values.map((v) => v.id).join("|");
/** A value's key: kept from the server (a renamed value keeps its SKUs), else made from its label. */
export const valueKey = (value: ValueRow) => value.key ?? valueKeyFromLabel(value.label);

export interface Combination {
  id: string;
  values: ValueRow[];
  code: string;
}

/** Every combination of the axes' values, first axis slowest (one without options). */
export function combinations(axes: readonly AxisRow[]): Combination[] {
  const matrix = axes.map((a) => ({ axis: a.axis, values: a.values.map((v) => ({ key: v.id, label: {} })) }));
  const byId = new Map(axes.flatMap((a) => a.values.map((v) => [v.id, v] as const)));
  return generateCombinations(matrix).map((ids) => {
    const values = ids.map((id) => byId.get(id)!);
    return { id: comboId(values), values, code: skuCode(values.map(valueKey)) };
  });
}

const yuan = (fen: number) => minorToDecimalString(fen, "CNY");

export function formFromValues(values: EditorValues | null, sourceLocale: string): EditorForm {
  if (!values) {
    return {
      sourceLocale, title: "", description: "", categoryId: "", unit: "piece", moq: "1", leadTimeDays: "7",
      externalOfferId: "", hsCode: "", weightG: "", length: "", width: "", height: "",
      attributes: [], tags: [], axes: [], skus: { "": { stock: "0", priceDelta: "" } },
      tiers: [{ id: "i-t0", minQty: "1", unitPrice: "" }],
    };
  }
  const axes: AxisRow[] = values.options.map((o, a) => ({
    id: `i-a${a}`,
    axis: o.axis,
    values: o.values.map((v, i) => ({ id: `i-v${a}-${i}`, key: v.key, label: v.label })),
  }));
  const skus: Record<string, SkuCell> = {};
  for (const combo of combinations(axes)) {
    const keys = combo.values.map(valueKey).join("\u001f");
    const stored = values.skus.find((s) => s.keys.join("\u001f") === keys);
    skus[combo.id] = { stock: String(stored?.stock ?? 0), priceDelta: stored?.priceDeltaFen ? yuan(stored.priceDeltaFen) : "" };
  }
  return {
    sourceLocale,
    title: values.title,
    description: values.description,
    categoryId: String(values.categoryId),
    unit: values.unit,
    moq: String(values.moq),
    leadTimeDays: String(values.leadTimeDays),
    externalOfferId: values.externalOfferId,
    hsCode: values.hsCode,
    weightG: String(values.weightG),
    length: String(values.packedSizeMm.length),
    width: String(values.packedSizeMm.width),
    height: String(values.packedSizeMm.height),
    attributes: values.attributes.map((a, i) => ({ id: `i-r${i}`, key: a.key, value: a.value })),
    tags: values.tags,
    axes,
    skus,
    tiers: values.tiers.map((t, i) => ({ id: `i-t${i}`, minQty: String(t.minQty), unitPrice: yuan(t.unitPriceFen) })),
  };
}

/** Where each array index of a draft came from, to place the server's issues on the right rows. */
export interface DraftPlaces {
  attributes: string[];
  axes: string[];
  values: string[][];
  skus: string[];
  tiers: string[];
}

const blank = (text: string) => text.trim() === "";

/** The draft for the save action. Rows left entirely empty (a tier or an attribute) are not sent. */
export function toDraft(form: EditorForm): { draft: ListingDraft; places: DraftPlaces } {
  const attributes = form.attributes.filter((a) => !(blank(a.value) && blank(a.key)));
  const tiers = form.tiers.filter((t) => !(blank(t.minQty) && blank(t.unitPrice)));
  const combos = combinations(form.axes);
  return {
    draft: {
      sourceLocale: form.sourceLocale,
      title: form.title,
      description: form.description,
      categoryId: form.categoryId,
      attributes: attributes.map((a) => ({ key: a.key, value: a.value })),
      tags: form.tags,
      unit: form.unit,
      moq: form.moq,
      weightG: form.weightG,
      packedSizeMm: { length: form.length, width: form.width, height: form.height },
      leadTimeDays: form.leadTimeDays,
      externalOfferId: form.externalOfferId,
      hsCode: form.hsCode,
      options: form.axes.map((a) => ({ axis: a.axis, values: a.values.map((v) => ({ ...(v.key ? { key: v.key } : {}), label: v.label })) })),
      skus: combos.map((c) => ({
        keys: c.values.map(valueKey),
        stock: form.skus[c.id]?.stock ?? "0",
        priceDelta: form.skus[c.id]?.priceDelta ?? "",
      })),
      tiers: tiers.map((t) => ({ minQty: t.minQty, unitPrice: t.unitPrice })),
    },
    places: {
      attributes: attributes.map((a) => a.id),
      axes: form.axes.map((a) => a.id),
      values: form.axes.map((a) => a.values.map((v) => v.id)),
      skus: combos.map((c) => c.id),
      tiers: tiers.map((t) => t.id),
    },
  };
}

const fieldName: Record<string, string> = { unitPriceFen: "unitPrice", priceDeltaFen: "priceDelta" };

/**
 * Where an issue shows: "tier:<row>.minQty", "tier:<row>" (the row), "sku:<combination>.stock",
 * "attr:<row>.key", "axis:<row>", "value:<row>", or the field name ("moq", "packedSizeMm", "skus", ...).
 */
export function placeOf(path: readonly (string | number)[], places: DraftPlaces): string {
  const [head, index, field, valueIndex] = path;
  const row = (ids: string[], prefix: string) => {
    const id = typeof index === "number" ? ids[index] : undefined;
    if (!id) return String(head);
    return typeof field === "string" && field !== "values" ? `${prefix}:${id}.${fieldName[field] ?? field}` : `${prefix}:${id}`;
  };
  switch (head) {
    case "tiers":
      return row(places.tiers, "tier");
    case "skus":
      return row(places.skus, "sku");
    case "attributes":
      return row(places.attributes, "attr");
    case "options": {
      if (typeof index !== "number" || !places.axes[index]) return "options";
      const value = typeof valueIndex === "number" ? places.values[index]?.[valueIndex] : undefined;
      return value ? `value:${value}` : `axis:${places.axes[index]}`;
    }
    case undefined:
      return "_form";
    default:
      return String(head);
  }
}

export interface PlacedIssue extends FieldIssue {
  place: string;
}

export const placeIssues = (issues: readonly FieldIssue[], places: DraftPlaces): PlacedIssue[] =>
  issues.map((issue) => ({ ...issue, place: placeOf(issue.path, places) }));

/** The section of the editor an issue belongs to (for the summary's links). */
export function sectionOf(place: string): string {
  if (/^(tier:|tiers|moq$)/.test(place)) return place === "moq" ? "basics" : "tiers";
  if (/^(sku:|skus|axis:|value:|options)/.test(place)) return "variants";
  if (/^(attr:|attributes)/.test(place)) return "attributes";
  if (place === "tags") return "tags";
  if (/^(weightG|packedSizeMm)/.test(place)) return "shipping";
  if (/^photos/.test(place)) return "photos";
  return "basics";
}
