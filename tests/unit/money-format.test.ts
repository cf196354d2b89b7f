import { describe, expect, it } from "vitest";
import { currencies, currencyExponent } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";

const locales = ["en", "zh", "mn", "ru", "ja", "ko", "es", "fr", "ar", "vi"];

describe("money formatting is the same everywhere", () => {
  it("equals full-ICU Intl for every locale and currency (the table is that data, not a guess)", () => {
    for (const locale of locales) {
      for (const currency of currencies) {
        const digits = currencyExponent[currency];
        const intl = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol", minimumFractionDigits: digits, maximumFractionDigits: digits });
        for (const minor of [0, 5, 99, 100, 1234, 99999, 123456, 1234567, 987654321, -1250, -123456789]) {
          expect(formatMoney(minor, currency, locale), `${locale} ${currency} ${minor}`).toBe(intl.format(minor / 10 ** digits));
        }
      }
    }
  });
  it("does not depend on the runtime's locale data (a browser without Mongolian)", () => {
    const original = Intl.NumberFormat;
    // A runtime that knows no locale but English, as a browser without Mongolian data formats.
    (Intl as { NumberFormat: unknown }).NumberFormat = function (_locale: string, options: Intl.NumberFormatOptions) {
      return new original("en", options);
    };
    try {
      expect(formatMoney(123456, "MNT", "mn")).toBe("₮\u00a01,234.56");
      expect(formatMoney(123456, "EUR", "ru")).toBe("1\u00a0234,56\u00a0€");
    } finally {
      (Intl as { NumberFormat: unknown }).NumberFormat = original;
    }
  });
});
