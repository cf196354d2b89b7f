// The destination a locale suggests before the buyer picks one.
const byLocale: Record<string, string> = {
  en: "US", zh: "US", mn: "MN", ru: "RU", ja: "JP", ko: "KR", es: "ES", fr: "FR", ar: "AE", vi: "VN",
};
export const defaultCountryFor = (locale: string) => byLocale[locale] ?? "US";
