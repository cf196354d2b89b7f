// The shipping line form and its rate editor (SPEC 7): what the agent types (kg, yuan, m³, days)
// becomes the columns of `shipping_lines` (grams, fen, litres). Which rates a pricing uses:
// parcel and freight_kg the first weight and steps (freight_kg with a minimum charge), lcl the
// freight ton price and minimum, container the 20' / 40' prices. Pure and client-safe; the rate
// editor parses single fields only (lineFields), since building a zod object in the browser makes
// zod probe for eval, which the site's CSP refuses.
import { z } from "zod";
import { zId } from "@/lib/gate/schemas";
import type { LineRates } from "@/lib/shipping/chargeable-weight";
import { servedCountries } from "@/lib/shipping/countries";
import { zCheckbox, zCode, zCubicMetresOptional, zKg, zRequiredText, zWhole, zYuan, zYuanOptional } from "./fields";

export const SHIPPING_MODES = ["express", "air", "sea", "rail", "truck"] as const;
export const LINE_PRICINGS = ["parcel", "freight_kg", "lcl", "container"] as const;
export type LinePricingChoice = (typeof LINE_PRICINGS)[number];

/** Which rate fields a pricing reads (the others keep their values but are not shown). */
export const PRICING_FIELDS: Record<LinePricingChoice, readonly string[]> = {
  parcel: ["firstWeight", "firstPrice", "stepWeight", "stepPrice", "volumetricDivisor", "maxWeight", "maxVolume"],
  freight_kg: ["firstWeight", "firstPrice", "stepWeight", "stepPrice", "volumetricDivisor", "minCharge", "maxWeight", "maxVolume"],
  lcl: ["freightTonPrice", "minCharge", "maxWeight", "maxVolume"],
  container: ["container20Price", "container40Price", "maxWeight", "maxVolume"],
};

const enumOf = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.unknown().transform((value, ctx) => {
    if (typeof value === "string" && (values as readonly string[]).includes(value)) return value as T[number];
    ctx.addIssue({ code: "custom", message, input: value });
    return z.NEVER;
  });

const countriesField = z.unknown().transform((value, ctx) => {
  const list = (Array.isArray(value) ? value : value === undefined || value === null || value === "" ? [] : [value]).map((v) => (typeof v === "string" ? v.trim().toUpperCase() : ""));
  const known = new Set<string>(servedCountries);
  if (!list.length || list.length > servedCountries.length || list.some((c) => !known.has(c))) {
    ctx.addIssue({ code: "custom", message: "lineCountries", input: value });
    return z.NEVER;
  }
  return [...new Set(list)];
});

export const lineFields = {
  /** Blank: a new line. */
  lineId: z.union([z.literal(""), zId]).optional(),
  code: zCode(40, "lineCode"),
  nameZh: zRequiredText(80),
  nameEn: zRequiredText(80),
  mode: enumOf(SHIPPING_MODES, "lineMode"),
  pricing: enumOf(LINE_PRICINGS, "linePricing"),
  firstWeight: zKg(0.001, 100_000),
  firstPrice: zYuan(1_000_000),
  stepWeight: zKg(0.001, 100_000),
  stepPrice: zYuan(1_000_000),
  volumetricDivisor: zWhole(1000, 10_000, "lineDivisor"),
  maxWeight: zKg(0.001, 1_000_000),
  maxVolume: zCubicMetresOptional(10_000),
  minCharge: zYuan(1_000_000),
  freightTonPrice: zYuanOptional(1_000_000),
  container20Price: zYuanOptional(10_000_000),
  container40Price: zYuanOptional(10_000_000),
  daysMin: zWhole(0, 365, "settingsDays"),
  daysMax: zWhole(0, 365, "settingsDays"),
  countries: countriesField,
  active: zCheckbox,
};

const RATE_FIELDS = [
  "pricing", "firstWeight", "firstPrice", "stepWeight", "stepPrice", "volumetricDivisor", "maxWeight", "maxVolume",
  "minCharge", "freightTonPrice", "container20Price", "container40Price",
] as const;

/** The rates typed so far, for the live preview; null while one of them is not a valid value. */
export function ratesFromForm(values: Record<string, unknown>): LineRates | null {
  const shape = lineFields;
  const out: Record<string, unknown> = {};
  for (const field of RATE_FIELDS) {
    const parsed = shape[field].safeParse(values[field]);
    if (!parsed.success) return null;
    out[field] = parsed.data;
  }
  return rateColumns(out as RateValues);
}

type RateValues = { [K in (typeof RATE_FIELDS)[number]]: z.output<(typeof lineFields)[K]> };

/** The form's rate fields as the `shipping_lines` rate columns (the preview's rates and the saved row alike). */
export function rateColumns(v: RateValues) {
  return {
    pricing: v.pricing,
    firstWeightG: v.firstWeight,
    firstPriceFen: v.firstPrice,
    stepG: v.stepWeight,
    stepPriceFen: v.stepPrice,
    volumetricDivisor: v.volumetricDivisor,
    maxWeightG: v.maxWeight,
    maxVolumeL: v.maxVolume,
    minChargeFen: v.minCharge,
    freightTonPriceFen: v.freightTonPrice,
    container20PriceFen: v.container20Price,
    container40PriceFen: v.container40Price,
  };
}
