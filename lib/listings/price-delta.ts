// A SKU's price difference as the factory types it: yuan with up to two decimals and a sign
// ("-3.5", "+2", "0.80"), stored as whole fen. Client-safe (the grid previews the prices with it).
import { decimalStringToMinor } from "@/lib/money/format";

/** "-3.5" -> -350; an empty cell is no difference; null when it is not an amount. */
export function parsePriceDeltaYuan(input: string): number | null {
  const text = input.trim().replace(/^\u2212/, "-");
  if (text === "") return 0;
  const negative = text.startsWith("-");
  const fen = decimalStringToMinor(text.replace(/^[-+]/, ""), "CNY");
  if (fen === null) return null;
  return negative ? -fen : fen;
}
