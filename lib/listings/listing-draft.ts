// What the listing editor sends: the form as typed (every number a string, prices in yuan with up to
// two decimals), and its conversion to the listing schema's input (integers, prices in fen). A value
// that is not a number is passed on unchanged, so the schema answers it with its own message key at
// its own path. Pure: the editor builds drafts, the server action converts them.
import { z } from "zod";
import type { FieldIssue } from "@/lib/errors";
import { decimalStringToMinor } from "@/lib/money/format";
import { tierInputSchema, tierIssues, type ListingFormValues } from "./listing-schema";

export interface ListingDraft {
  sourceLocale?: string;
  title: string;
  description: string;
  categoryId: string;
  attributes: { key: string; value: string }[];
  tags: string[];
  unit: string;
  moq: string;
  weightG: string;
  packedSizeMm: { length: string; width: string; height: string };
  leadTimeDays: string;
  externalOfferId: string;
  hsCode: string;
  options: { axis: string; values: { key?: string; label: string }[] }[];
  /** One per combination of the options, in combination order; `priceDelta` in yuan ("-1.50"). */
  skus: { keys: string[]; stock: string; priceDelta: string }[];
  /** `unitPrice` in yuan ("12.50"). */
  tiers: { minQty: string; unitPrice: string }[];
}

/** "12" -> 12; anything else is returned as it came (the schema refuses it). */
export function integerOrRaw(value: unknown): unknown {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return value;
  const text = value.trim();
  return /^[+-]?\d{1,10}$/.test(text) ? Number(text) : value;
}

/** "12.50" yuan -> 1250 fen; "-1.5" -> -150 (signed amounts); anything else unchanged. */
export function yuanToFenOrRaw(value: unknown, signed = false): unknown {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return value;
  const text = value.trim().replace(/^\+/, "");
  const negative = signed && text.startsWith("-");
  const fen = decimalStringToMinor(negative ? text.slice(1) : text, "CNY");
  if (fen === null) return value;
  return negative ? -fen : fen;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const mapArray = <T>(v: unknown, f: (item: Record<string, unknown>) => T): unknown =>
  Array.isArray(v) ? v.map((item) => (isObject(item) ? f(item) : item)) : v;

/** The schema's input from a draft. Untrusted input: whatever is not in the draft's shape passes through. */
export function draftToListingInput(draft: unknown): ListingFormValues | unknown {
  if (!isObject(draft)) return draft;
  const size = draft.packedSizeMm;
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
  return {
    ...draft,
    categoryId: integerOrRaw(draft.categoryId),
    moq: integerOrRaw(draft.moq),
    weightG: integerOrRaw(draft.weightG),
    leadTimeDays: integerOrRaw(draft.leadTimeDays),
    packedSizeMm: isObject(size)
      ? { length: integerOrRaw(size.length), width: integerOrRaw(size.width), height: integerOrRaw(size.height) }
      : size,
    skus: mapArray(draft.skus, (s) => ({
      keys: s.keys,
      stock: integerOrRaw(s.stock),
      // An empty price difference is no difference.
      priceDeltaFen: blank(s.priceDelta) ? 0 : yuanToFenOrRaw(s.priceDelta, true),
    })),
    tiers: mapArray(draft.tiers, (t) => ({ minQty: integerOrRaw(t.minQty), unitPriceFen: yuanToFenOrRaw(t.unitPrice) })),
  };
}

const tiersOnly = z.object({ tiers: z.array(tierInputSchema).min(1) });
const moqOnly = z.object({ moq: z.int().min(1) });

/**
 * The schema checks the order of the tiers only once every other field parses (zod runs refinements
 * on a valid object); the editor shows them with the rest at once. Adds the tier problems of a
 * refused input whose tiers themselves parse, without repeating one already reported.
 */
export function withTierIssues(issues: readonly FieldIssue[], input: unknown): FieldIssue[] {
  const tiers = tiersOnly.safeParse(input);
  if (!tiers.success) return [...issues];
  const moq = moqOnly.safeParse(input);
  const found = tierIssues(tiers.data.tiers, moq.success ? moq.data.moq : Number.MAX_SAFE_INTEGER);
  const seen = new Set(issues.map((i) => `${i.path.join(".")}|${i.key}`));
  return [...issues, ...found.filter((i) => !seen.has(`${i.path.join(".")}|${i.key}`))];
}
