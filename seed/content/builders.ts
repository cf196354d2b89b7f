// Small builders shared by the product-type files: texts in ten locales, option axes, designs.
import { locales } from "../../i18n/locales";
import type { DesignSeed, Locale, Localized, OptionSeed } from "../types";
import { color, size } from "../../lib/translate/glossary-data";


/** A text in all ten locales, in the order en, zh, mn, ru, ja, ko, es, fr, ar, vi. */
export const L = (
  en: string, zh: string, mn: string, ru: string, ja: string,
  ko: string, es: string, fr: string, ar: string, vi: string,
): Localized => ({ en, zh, mn, ru, ja, ko, es, fr, ar, vi });

/** The same label in every locale (a number with an international unit: "9 W", "45 cm"). */
export const same = (s: string): Localized => L(s, s, s, s, s, s, s, s, s, s);

/** Title fragments per locale, built from translated fragments. */
export const te = (...items: Localized[]): Record<Locale, string[]> =>
  Object.fromEntries(locales.map((l) => [l, items.map((i) => i[l])])) as Record<Locale, string[]>;

export const v = (key: string, label: Localized) => ({ key, label });
export const colors = (...keys: Parameters<typeof color>[0][]): OptionSeed => ({ axis: "color", values: keys.map(color) });
export const sizes = (...keys: Parameters<typeof size>[0][]): OptionSeed => ({ axis: "size", values: keys.map(size) });
/** An axis whose labels are numbers with units, identical in every locale. */
export const numeric = (axis: OptionSeed["axis"], ...labels: string[]): OptionSeed => ({
  axis,
  values: labels.map((s) => v(s.toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/\./g, "-").replace(/^-|-$/g, ""), same(s))),
});
export const d = (key: string, primary: string, secondary: string, accent: string, background: string, pattern: DesignSeed["pattern"]): DesignSeed => ({
  key,
  palette: { primary, secondary, accent, background },
  pattern,
});
