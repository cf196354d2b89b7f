import type { Locale } from "../../i18n/locales";
import { isCurrency, localeCurrency, type Currency } from "./currencies";

export const CURRENCY_COOKIE = "HZ_CURRENCY";

/** The buyer's remembered currency, else the one their locale suggests. */
export function currencyForRequest(cookie: string | undefined, locale: Locale): Currency {
  return isCurrency(cookie) ? cookie : localeCurrency[locale] ?? "USD";
}
