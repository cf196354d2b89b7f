import { describe, expect, it } from "vitest";
import { lineArithmetic } from "@/lib/cart/line-arithmetic";
import { convertFromCny, lineTotal } from "@/lib/money/convert";
import { currencies } from "@/lib/money/currencies";

/** "¥1,410.00" / "￥1,410.00" -> 141000 (minor units of a 2-decimal currency). */
const fenOf = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, "")) * 100);

describe("what a cart line shows adds up", () => {
  it("shows the multiplication in CNY and the line converted once, never $1.30 × 150 = $195.30", () => {
    // 9.40 CNY at 0.138511 USD/CNY: the unit alone rounds to $1.30, and 150 × $1.30 is $195.00,
    // while the line, converted once, is $195.30.
    expect(convertFromCny(940, "0.138511", "USD") * 150).not.toBe(lineTotal(940, 150, "0.138511", "USD"));
    const sum = lineArithmetic(940, 150, "0.138511", "USD", "en");
    expect(sum.equation).toBe("¥9.40 × 150 = ¥1,410.00");
    expect(sum.line).toBe("$195.30");
    expect(sum.lineMinor).toBe(lineTotal(940, 150, "0.138511", "USD"));
  });

  it("unit × quantity = line in the equation shown, for any price, quantity, rate and currency", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const unitFen = 1 + Math.floor(random() * 50_000);
      const quantity = 1 + Math.floor(random() * 5_000);
      const currency = currencies[Math.floor(random() * currencies.length)];
      const rate = currency === "CNY" ? "1" : (0.001 + random() * 3000).toFixed(6);
      const sum = lineArithmetic(unitFen, quantity, rate, currency, "en");
      const [left, right] = sum.equation.split(" = ");
      const [unitText, qtyText] = left.split(" × ");
      expect(Number(qtyText)).toBe(quantity);
      expect(fenOf(unitText)).toBe(unitFen);
      if (currency === "CNY") {
        expect(right).toBeUndefined();
        expect(fenOf(sum.line)).toBe(unitFen * quantity);
      } else {
        expect(fenOf(right)).toBe(unitFen * quantity);
      }
      // The line shown is what the order charges for it.
      expect(sum.lineMinor).toBe(lineTotal(unitFen, quantity, rate, currency));
      expect(sum.converted).toBe(currency !== "CNY");
    }
  });

  it("formats for the page's locale", () => {
    expect(lineArithmetic(940, 150, "0.127", "EUR", "fr").line).toMatch(/^179,07\s?€$/);
    expect(lineArithmetic(940, 1500, "21.7", "JPY", "ja").line).toBe("￥305,970");
  });
});
