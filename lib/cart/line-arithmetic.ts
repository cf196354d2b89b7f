// What a cart or checkout line shows, so that it adds up (SPEC 2). A line is converted from CNY once
// (unit price x quantity, half-up): a unit price converted on its own and multiplied would not give
// the line ($1.30 x 150 = $195.00, not $195.29). So the multiplication is shown where it is exact,
// in the factory's CNY, and the line beside it in the buyer's currency, converted once. Pure.
import { convertFromCny } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";

export interface LineArithmetic {
  /** "¥9.40 × 150 = ¥1,410.00" (CNY buyers: "¥9.40 × 150", the line is beside it). */
  equation: string;
  /** The line in the buyer's currency: what the order charges for it. */
  line: string;
  lineMinor: number;
  /** The buyer's currency is not CNY: the line is a conversion of the equation's result. */
  converted: boolean;
}

export function lineArithmetic(unitPriceFen: number, quantity: number, ratePerCny: string, currency: Currency, locale: string): LineArithmetic {
  const lineFen = unitPriceFen * quantity;
  const lineMinor = convertFromCny(lineFen, ratePerCny, currency);
  const converted = currency !== "CNY";
  const unit = `${formatMoney(unitPriceFen, "CNY", locale)} × ${quantity}`;
  return {
    equation: converted ? `${unit} = ${formatMoney(lineFen, "CNY", locale)}` : unit,
    line: formatMoney(lineMinor, currency, locale),
    lineMinor,
    converted,
  };
}
