import { describe, expect, it } from "vitest";
import {
  convertFromCny, convertToCny, currencies, currencyExponent, decimalStringToMinor, divideHalfUp, formatMoney,
  lineTotal, minorToDecimalString, parseRate, sumMinor,
} from "@/lib/money";

describe("exchange rates", () => {
  it("parses decimal rates exactly at 12 places", () => {
    expect(parseRate("1")).toBe(1_000_000_000_000n);
    expect(parseRate("0.138912")).toBe(138_912_000_000n);
    expect(parseRate("20.5")).toBe(20_500_000_000_000n);
  });
  it("rejects zero, negative and malformed rates", () => {
    expect(() => parseRate("0")).toThrow();
    expect(() => parseRate("-1")).toThrow();
    expect(() => parseRate("1e3")).toThrow();
    expect(() => parseRate("abc")).toThrow();
  });
});

describe("half-up rounding", () => {
  it("rounds halves away from zero and everything else to nearest", () => {
    expect(divideHalfUp(5n, 2n)).toBe(3n);
    expect(divideHalfUp(7n, 2n)).toBe(4n);
    expect(divideHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideHalfUp(4n, 3n)).toBe(1n);
    expect(divideHalfUp(5n, 3n)).toBe(2n);
    expect(divideHalfUp(0n, 3n)).toBe(0n);
  });
});

describe("converting CNY into the buyer's currency", () => {
  it("keeps CNY unchanged at rate 1", () => {
    expect(convertFromCny(1250, "1", "CNY")).toBe(1250);
  });
  it("rounds half-up to the cent", () => {
    // 12.50 CNY x 0.1380 = 1.725 USD -> 1.73
    expect(convertFromCny(1250, "0.138", "USD")).toBe(173);
    // 12.49 CNY x 0.1380 = 1.72362 -> 1.72
    expect(convertFromCny(1249, "0.138", "USD")).toBe(172);
  });
  it("gives whole units for zero-decimal currencies", () => {
    expect(currencyExponent.JPY).toBe(0);
    expect(currencyExponent.KRW).toBe(0);
    expect(currencyExponent.VND).toBe(0);
    // 12.50 CNY x 20.7 JPY = 258.75 -> 259 yen
    expect(convertFromCny(1250, "20.7", "JPY")).toBe(259);
    // 0.10 CNY x 3450.5 VND = 345.05 -> 345 dong
    expect(convertFromCny(10, "3450.5", "VND")).toBe(345);
  });
  it("rounds once per line, not per unit", () => {
    // unit 0.35 CNY at 0.138 = 0.0483 USD; 100 units = 4.83 USD, not 100 x 0.05
    expect(lineTotal(35, 100, "0.138", "USD")).toBe(483);
    expect(convertFromCny(35, "0.138", "USD") * 100).toBe(500);
  });
  it("makes a total the sum of its displayed lines", () => {
    const lines = [lineTotal(1250, 3, "0.1381", "EUR"), lineTotal(999, 7, "0.1381", "EUR")];
    expect(sumMinor(lines)).toBe(lines[0] + lines[1]);
    expect(lines).toEqual([518, 966]);
  });
  it("refuses fractional fen and negative quantities", () => {
    expect(() => convertFromCny(12.5, "1", "USD")).toThrow();
    expect(() => lineTotal(100, -1, "1", "USD")).toThrow();
  });
  it("converts a buyer's amount back to CNY for price filters", () => {
    expect(convertToCny(173, "0.138", "USD")).toBe(1254); // 1.73 / 0.138 = 12.536 -> 12.54 CNY
    expect(convertToCny(259, "20.7", "JPY")).toBe(1251);
  });
});

describe("formatting money", () => {
  it("formats with the page's locale and the currency's digits", () => {
    expect(formatMoney(123456, "USD", "en")).toBe("$1,234.56");
    expect(formatMoney(123456, "EUR", "fr")).toMatch(/^1\s?234,56\s?€$/);
    expect(formatMoney(1234, "JPY", "ja")).toBe("￥1,234");
    expect(formatMoney(5000, "KRW", "ko")).toBe("₩5,000");
    expect(formatMoney(1250, "CNY", "zh")).toBe("¥12.50");
  });
  it("uses Arabic conventions in ar", () => {
    const aed = formatMoney(1000, "AED", "ar");
    expect(aed).toContain("د.إ");
    expect(aed).toContain("\u200f"); // right-to-left mark
  });
  it("formats every supported currency", () => {
    for (const currency of currencies) expect(formatMoney(100, currency, "en")).not.toBe("");
  });
  it("round-trips decimal strings for inputs", () => {
    expect(minorToDecimalString(1250, "USD")).toBe("12.50");
    expect(minorToDecimalString(1250, "JPY")).toBe("1250");
    expect(decimalStringToMinor("12.5", "USD")).toBe(1250);
    expect(decimalStringToMinor("12,50", "EUR")).toBe(1250);
    expect(decimalStringToMinor("1250", "JPY")).toBe(1250);
    expect(decimalStringToMinor("12.505", "USD")).toBeNull();
    expect(decimalStringToMinor("abc", "USD")).toBeNull();
  });
});
