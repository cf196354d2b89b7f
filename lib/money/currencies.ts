// Currencies a buyer may display and pay in. Exponent = digits of the minor unit.
// JPY, KRW and VND are Stripe zero-decimal currencies: an amount is a count of whole units.

export const currencies = ["USD", "EUR", "GBP", "CNY", "JPY", "KRW", "RUB", "MNT", "AED", "VND"] as const;
export type Currency = (typeof currencies)[number];
export const defaultCurrency: Currency = "USD";

export const currencyExponent: Record<Currency, number> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CNY: 2,
  JPY: 0,
  KRW: 0,
  RUB: 2,
  MNT: 2,
  AED: 2,
  VND: 0,
};

export const isCurrency = (value: unknown): value is Currency =>
  typeof value === "string" && (currencies as readonly string[]).includes(value);

/** The currency a locale suggests on a first visit, before the buyer picks one. */
export const localeCurrency: Record<string, Currency> = {
  en: "USD",
  zh: "CNY",
  mn: "MNT",
  ru: "RUB",
  ja: "JPY",
  ko: "KRW",
  es: "EUR",
  fr: "EUR",
  ar: "AED",
  vi: "VND",
};
