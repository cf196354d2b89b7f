import { currencyExponent, type Currency } from "./currencies";
import { moneyPatterns } from "./patterns";

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: Currency) {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = currencyExponent[currency];
    f = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol", minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats an amount in minor units for the page's locale (always an explicit locale). Our locales
 * use a table taken from full ICU data (lib/money/patterns.ts), not the runtime's Intl: a browser
 * without Mongolian data would print other symbols than the server did (a hydration mismatch).
 */
export function formatMoney(amountMinor: number, currency: Currency, locale: string): string {
  const pattern = moneyPatterns[locale]?.[currency];
  const digits = currencyExponent[currency];
  if (!pattern) return formatter(locale, currency).format(amountMinor / 10 ** digits);
  const [prefix, suffix, negativePrefix, negativeSuffix, group, decimal, minGrouping] = pattern;
  const abs = Math.abs(Math.round(amountMinor));
  const whole = String(Math.floor(abs / 10 ** digits));
  const grouped = whole.length >= 4 && whole.length >= 3 + minGrouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  const number = digits ? `${grouped}${decimal}${String(abs % 10 ** digits).padStart(digits, "0")}` : grouped;
  return amountMinor < 0 ? `${negativePrefix}${number}${negativeSuffix}` : `${prefix}${number}${suffix}`;
}

/** Minor units -> a plain decimal string for inputs ("12.50"; "1250" for JPY). */
export function minorToDecimalString(amountMinor: number, currency: Currency): string {
  const digits = currencyExponent[currency];
  if (digits === 0) return String(amountMinor);
  const sign = amountMinor < 0 ? "-" : "";
  const abs = Math.abs(amountMinor);
  const whole = Math.floor(abs / 10 ** digits);
  const fraction = String(abs % 10 ** digits).padStart(digits, "0");
  return `${sign}${whole}.${fraction}`;
}

/** "12.5" in a currency -> minor units (1250), or null when it is not a valid amount. */
export function decimalStringToMinor(input: string, currency: Currency): number | null {
  const digits = currencyExponent[currency];
  const match = /^\s*(\d{1,12})(?:[.,](\d*))?\s*$/.exec(input);
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits && /[1-9]/.test(fraction.slice(digits))) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.slice(0, digits).padEnd(digits, "0") || "0");
}
