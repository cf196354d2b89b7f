// The one list of locales and currencies. Pure data: safe to import anywhere (client, server, scripts).

export const locales = ["en", "zh", "mn", "ru", "ja", "ko", "es", "fr", "ar", "vi"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Locales written right-to-left. */
export const rtlLocales: readonly Locale[] = ["ar"];
export const localeDirection = (locale: Locale): "rtl" | "ltr" =>
  rtlLocales.includes(locale) ? "rtl" : "ltr";

/** Native names for the language switcher (never translated). */
export const localeNames: Record<Locale, string> = {
  en: "English",
  zh: "简体中文",
  mn: "Монгол",
  ru: "Русский",
  ja: "日本語",
  ko: "한국어",
  es: "Español",
  fr: "Français",
  ar: "العربية",
  vi: "Tiếng Việt",
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (locales as readonly string[]).includes(value);

/** A text in every locale. */
export type Localized = Record<Locale, string>;
