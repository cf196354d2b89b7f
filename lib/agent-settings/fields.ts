// The agent settings' form fields as zod types: what an agent types (yuan, percent, kg, m³, days)
// becomes what the tables store (fen, basis points, grams, litres, days), or a message key with its
// range, shown next to the field in the agent's language. Pure and client-safe.
import { z } from "zod";
import { decimalStringToMinor } from "@/lib/money/format";

type Ctx = z.core.$RefinementCtx<unknown>;

function text(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" ? value.trim() : null;
}

function refuse(ctx: Ctx, message: string, params: Record<string, string | number> = {}) {
  ctx.addIssue({ code: "custom", message, params, input: ctx.value });
  return z.NEVER;
}

/** A decimal with at most `decimals` places, scaled to an integer (e.g. "12.50" x 100 -> 1250), or null. */
export function scaledDecimal(value: string, decimals: number): number | null {
  const match = new RegExp(`^(\\d{1,9})(?:[.,](\\d{0,${decimals}}))?$`).exec(value);
  if (!match) return null;
  return Number(match[1]) * 10 ** decimals + Number((match[2] ?? "").padEnd(decimals, "0") || "0");
}

/** Yuan as typed ("12.50") -> fen, within [0, maxYuan]. */
export const zYuan = (maxYuan: number) =>
  z.unknown().transform((value, ctx) => {
    const t = text(value);
    const fen = t === null || t === "" ? null : decimalStringToMinor(t, "CNY");
    if (fen === null || fen > maxYuan * 100) return refuse(ctx, "settingsMoney", { max: maxYuan });
    return fen;
  });

/** Yuan or blank (-> null). */
export const zYuanOptional = (maxYuan: number) =>
  z.unknown().transform((value, ctx) => {
    const t = text(value);
    if (t === "") return null;
    const fen = t === null ? null : decimalStringToMinor(t, "CNY");
    if (fen === null || fen > maxYuan * 100) return refuse(ctx, "settingsMoneyOptional", { max: maxYuan });
    return fen;
  });

/** A percentage with up to 2 decimals ("5.25") -> basis points (525), within [0, maxPercent]. */
export const zPercentBps = (maxPercent: number) =>
  z.unknown().transform((value, ctx) => {
    const t = text(value);
    const bps = t === null ? null : scaledDecimal(t.replace(/\s*%$/, ""), 2);
    if (bps === null || bps > maxPercent * 100) return refuse(ctx, "settingsPercent", { max: maxPercent });
    return bps;
  });

/** A whole number within [min, max] (days, a divisor). */
export const zWhole = (min: number, max: number, message = "settingsWhole") =>
  z.unknown().transform((value, ctx) => {
    const t = text(value);
    const n = t !== null && /^\d{1,9}$/.test(t) ? Number(t) : null;
    if (n === null || n < min || n > max) return refuse(ctx, message, { min, max });
    return n;
  });

/** Kilograms with up to 3 decimals ("0.5") -> grams, within [minKg, maxKg]. */
export const zKg = (minKg: number, maxKg: number) =>
  z.unknown().transform((value, ctx) => {
    const t = text(value);
    const g = t === null ? null : scaledDecimal(t, 3);
    if (g === null || g < minKg * 1000 || g > maxKg * 1000) return refuse(ctx, "settingsWeight", { min: minKg, max: maxKg });
    return g;
  });

/** Cubic metres with up to 3 decimals, or blank (no limit) -> litres or null. */
export const zCubicMetresOptional = (maxM3: number) =>
  z.unknown().transform((value, ctx) => {
    const t = text(value);
    if (t === "") return null;
    const litres = t === null ? null : scaledDecimal(t, 3);
    if (litres === null || litres < 1 || litres > maxM3 * 1000) return refuse(ctx, "settingsVolume", { max: maxM3 });
    return litres;
  });

/** A checkbox: "on" (or "1"/"true") is checked; absent (a form sends nothing for an unchecked box) is not. */
export const zCheckbox = z.unknown().optional().transform((value) => value === "on" || value === "1" || value === "true" || value === true);

/** Required text of at most `max` characters. */
export const zRequiredText = (max: number) =>
  z.unknown().transform((value, ctx) => {
    const t = text(value);
    if (t === null || t === "") return refuse(ctx, "required");
    if (t.length > max) return refuse(ctx, "tooLong", { max });
    return t;
  });

/** Optional text of at most `max` characters ("" when blank). */
export const zOptionalText = (max: number) =>
  z.unknown().transform((value, ctx) => {
    const t = value === undefined || value === null ? "" : text(value);
    if (t === null) return refuse(ctx, "invalid");
    if (t.length > max) return refuse(ctx, "tooLong", { max });
    return t;
  });

/** A shelf code as lib/warehouse/store-goods.ts accepts it: capitals, digits and dashes, up to 20. */
export const SHELF_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

/**
 * A warehouse or line code (lower case, digits and dashes, like "tongda-yiwu"; normalised to lower
 * case), or a shelf code (upper case, as the store form normalises it).
 */
export const zCode = (max: number, message: string, letterCase: "lower" | "upper" = "lower") =>
  z.unknown().transform((value, ctx) => {
    const raw = text(value);
    const t = raw === null ? null : letterCase === "lower" ? raw.toLowerCase() : raw.toUpperCase();
    if (t === null || t.length > max || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(t)) return refuse(ctx, message, { max });
    return t;
  });

/** Reads yuan back into a form field ("12.50"). */
export const fenToYuan = (fen: number | null | undefined) => (fen == null ? "" : (fen / 100).toFixed(2));
/** Basis points back to a percentage ("5.25"). */
export const bpsToPercent = (bps: number) => (bps / 100).toFixed(2);
/** Grams back to kilograms ("0.5"). */
export const gToKg = (g: number) => String(g / 1000);
/** Litres back to cubic metres ("2.5"), or "" when there is no limit. */
export const litresToM3 = (l: number | null | undefined) => (l == null ? "" : String(l / 1000));
