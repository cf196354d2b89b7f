// What a factory enters for a listing, validated the same way in the form and on the server. Every
// error message is a message KEY (e.g. "tiers.notIncreasing"), with the field's path: the page
// translates it in the factory's language and shows it next to the field.
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { tagSlugs, unitKeys } from "@/lib/catalog/tags";
import { validateSkuMatrix, valueKeyFromLabel, type MatrixAxis, type MatrixSku } from "@/lib/catalog/sku-matrix";
import type { FieldIssue } from "@/lib/errors";
import { validateTiers, type TierProblem } from "@/lib/pricing/tiers";

/** Option axes a listing may have; their names are in messages (Axes.<key>). */
export const axisKeys = ["color", "size", "capacity", "style", "length", "power"] as const;
/** Attribute keys: material, origin, customization ... (names in messages Attributes.<key>). */
export const ATTRIBUTE_KEY = /^[a-z][a-z0-9-]{0,39}$/;

const int = (key: string) => z.int({ error: key });
/** "" from an empty form field means "none". */
const optionalCode = (pattern: RegExp, key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v),
    z.string({ error: key }).regex(pattern, key).nullable(),
  ).default(null);

export const optionValueSchema = z.object({
  /** Kept from the loaded listing so that a renamed value keeps its SKUs; new values get one from the label. */
  key: z.string({ error: "options.valueKeyInvalid" }).max(18, "options.valueKeyInvalid").optional(),
  label: z.string({ error: "options.valueRequired" }).trim().max(60, "options.valueTooLong"),
  swatch: z.string({ error: "options.swatchInvalid" }).regex(/^#[0-9a-fA-F]{6}$/, "options.swatchInvalid").nullish(),
});

export const optionSchema = z.object({
  axis: z.enum(axisKeys, { error: "options.axisUnknown" }),
  values: z.array(optionValueSchema, { error: "options.valuesRequired" }).max(50, "options.tooManyValues"),
});

export const skuInputSchema = z.object({
  /** Value keys, one per axis in axis order ([] without options). */
  keys: z.array(z.string({ error: "skus.unknownCombination" }), { error: "skus.unknownCombination" }),
  stock: int("skus.stockInvalid").min(0, "skus.stockInvalid").max(1_000_000_000, "skus.stockInvalid"),
  priceDeltaFen: int("skus.priceDeltaInvalid").min(-100_000_000, "skus.priceDeltaInvalid").max(100_000_000, "skus.priceDeltaInvalid"),
});

export const tierInputSchema = z.object({
  minQty: int("tiers.quantityNotPositive").min(1, "tiers.quantityNotPositive").max(10_000_000, "tiers.quantityTooLarge"),
  unitPriceFen: int("tiers.priceNotPositive").min(1, "tiers.priceNotPositive").max(100_000_000, "tiers.priceTooLarge"),
});

const listingFields = z.object({
  /** The language the factory writes in; only read when the listing is created. */
  sourceLocale: z.enum(locales, { error: "sourceLocale.invalid" }).default("zh"),
  title: z.string({ error: "title.required" }).trim().min(1, "title.required").max(200, "title.tooLong"),
  description: z.string({ error: "description.invalid" }).trim().max(10_000, "description.tooLong").default(""),
  categoryId: int("category.required").positive("category.required"),
  attributes: z
    .array(
      z.object({
        key: z.string({ error: "attributes.keyInvalid" }).regex(ATTRIBUTE_KEY, "attributes.keyInvalid"),
        value: z.string({ error: "attributes.valueRequired" }).trim().min(1, "attributes.valueRequired").max(200, "attributes.valueTooLong"),
      }),
      { error: "attributes.invalid" },
    )
    .max(30, "attributes.tooMany")
    .default([]),
  tags: z.array(z.enum(tagSlugs, { error: "tags.unknown" }), { error: "tags.unknown" }).default([]),
  unit: z.enum(unitKeys, { error: "unit.invalid" }),
  moq: int("moq.invalid").min(1, "moq.invalid").max(10_000_000, "moq.invalid"),
  weightG: int("weightG.invalid").min(1, "weightG.invalid").max(1_000_000, "weightG.invalid"),
  packedSizeMm: z.object(
    {
      length: int("packedSize.invalid").min(1, "packedSize.invalid").max(10_000, "packedSize.invalid"),
      width: int("packedSize.invalid").min(1, "packedSize.invalid").max(10_000, "packedSize.invalid"),
      height: int("packedSize.invalid").min(1, "packedSize.invalid").max(10_000, "packedSize.invalid"),
    },
    { error: "packedSize.invalid" },
  ),
  leadTimeDays: int("leadTimeDays.invalid").min(0, "leadTimeDays.invalid").max(365, "leadTimeDays.invalid"),
  /** The number in a 1688 offer URL (detail.1688.com/offer/<id>.html), for link search. */
  externalOfferId: optionalCode(/^\d{6,20}$/, "externalOfferId.invalid"),
  hsCode: optionalCode(/^\d{6,10}$/, "hsCode.invalid"),
  options: z.array(optionSchema, { error: "options.invalid" }).default([]),
  skus: z.array(skuInputSchema, { error: "skus.invalid" }).default([]),
  tiers: z.array(tierInputSchema, { error: "tiers.invalid" }).max(10, "tiers.tooMany").default([]),
});

export type ListingInput = z.output<typeof listingFields>;
/** What a form holds (defaults not yet applied). */
export type ListingFormValues = z.input<typeof listingFields>;

/** The option axes as a SKU matrix: labels in the source locale, keys filled in from labels where new. */
export function toMatrixAxes(options: ListingInput["options"], sourceLocale: string): MatrixAxis[] {
  return options.map((o) => ({
    axis: o.axis,
    values: o.values.map((v) => ({ key: v.key || valueKeyFromLabel(v.label), label: { [sourceLocale]: v.label }, swatch: v.swatch ?? null })),
  }));
}

export const tierProblemKey: Record<TierProblem["code"], string> = {
  empty: "tiers.empty",
  quantity_not_positive: "tiers.quantityNotPositive",
  price_not_positive: "tiers.priceNotPositive",
  quantities_not_increasing: "tiers.notIncreasing",
  price_increases: "tiers.priceIncreases",
  moq_below_first_tier: "moq.belowFirstTier",
};

export function tierIssues(tiers: ListingInput["tiers"], moq: number): FieldIssue[] {
  return validateTiers(tiers, moq).map((p) => ({
    path: "index" in p ? ["tiers", p.index] : p.code === "moq_below_first_tier" ? ["moq"] : ["tiers"],
    key: tierProblemKey[p.code],
    ...(p.code === "moq_below_first_tier" ? { params: { moq: p.moq, firstMinQty: p.firstMinQty } } : {}),
  }));
}

/**
 * The listing form's schema. A draft may have no tiers yet (publishing needs them); tiers that are
 * entered must be valid. Attribute keys and tags are each given once.
 */
export const listingSchema = listingFields.superRefine((input, ctx) => {
  const add = (issue: FieldIssue) => ctx.addIssue({ code: "custom", path: issue.path, message: issue.key, params: issue.params });
  if (input.tiers.length) tierIssues(input.tiers, input.moq).forEach(add);
  const keys = new Set<string>();
  input.attributes.forEach((a, i) => {
    if (keys.has(a.key)) add({ path: ["attributes", i, "key"], key: "attributes.keyDuplicate" });
    keys.add(a.key);
  });
  if (new Set(input.tags).size !== input.tags.length) add({ path: ["tags"], key: "tags.duplicate" });
  const skus: MatrixSku[] = input.skus;
  validateSkuMatrix(toMatrixAxes(input.options, input.sourceLocale), skus, input.tiers, input.sourceLocale).forEach(add);
});

/** Zod's issues as FieldIssues (the message of each is already a message key). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== "symbol"),
    key: issue.message,
    ...(issue.code === "custom" && issue.params ? { params: issue.params as Record<string, string | number> } : {}),
  }));
}
