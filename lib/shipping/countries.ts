// The destination a locale suggests before the buyer picks one.
const byLocale: Record<string, string> = {
  en: "US", zh: "US", mn: "MN", ru: "RU", ja: "JP", ko: "KR", es: "ES", fr: "FR", ar: "AE", vi: "VN",
};
export const defaultCountryFor = (locale: string) => byLocale[locale] ?? "US";

/** The countries the demo's shipping lines deliver to: buyers' countries and checkout destinations. */
export const servedCountries = ["US", "CA", "GB", "DE", "FR", "ES", "RU", "MN", "AE", "JP", "KR", "VN", "AU"] as const;

/** Country choices named in a locale, sorted the locale's way. */
export function countryChoices(locale: string, codes: readonly string[] = servedCountries) {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return codes.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label, locale));
}
