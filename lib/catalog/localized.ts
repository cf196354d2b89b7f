// Picking the text to show for a locale (SPEC 3): the locale's own, else English, else the source.
import type { Locale } from "@/i18n/locales";

export type Origin = "source" | "human" | "machine";

export interface Shown<T> {
  value: T;
  /** The locale the text is actually in: put it on the element's `lang`. */
  locale: string;
  /** True when the page's locale has no translation and a fallback is shown. */
  untranslated: boolean;
  origin: Origin;
}

export function pickTranslation<T extends { locale: string; origin: Origin }>(
  rows: readonly T[],
  locale: Locale,
  sourceLocale: string,
): Shown<T> | null {
  const own = rows.find((r) => r.locale === locale);
  if (own) return { value: own, locale, untranslated: false, origin: own.origin };
  const fallback = rows.find((r) => r.locale === "en") ?? rows.find((r) => r.locale === sourceLocale) ?? rows[0];
  return fallback ? { value: fallback, locale: fallback.locale, untranslated: true, origin: fallback.origin } : null;
}

/** A label map ({ en: "Red", zh: "红色" }) read in a locale, with the same fallback. */
export function pickLabel(label: Partial<Record<string, string>>, locale: Locale): { text: string; locale: string } {
  if (label[locale]) return { text: label[locale]!, locale };
  if (label.en) return { text: label.en, locale: "en" };
  const [first] = Object.entries(label);
  return first ? { text: first[1] ?? "", locale: first[0] } : { text: "", locale };
}
