// Conversion from CNY (factory prices) to the buyer's currency. Integer arithmetic only:
// an amount is a count of the currency's minor unit, a rate is a decimal string (units per CNY).
import { currencyExponent, type Currency } from "./currencies";

const RATE_SCALE = 12;

export interface Rate {
  currency: Currency;
  /** Units of `currency` per 1 CNY, as a decimal string (e.g. "0.138912"). */
  ratePerCny: string;
  source: string;
  fetchedAt: string;
}

/** "0.1389" -> 138900000000n at 12 decimal places. Rejects anything but a positive decimal. */
export function parseRate(rate: string): bigint {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate.trim());
  if (!match) throw new Error(`Invalid exchange rate: ${rate}`);
  const fraction = (match[2] ?? "").slice(0, RATE_SCALE).padEnd(RATE_SCALE, "0");
  const scaled = BigInt(match[1]) * 10n ** BigInt(RATE_SCALE) + BigInt(fraction);
  if (scaled <= 0n) throw new Error(`Exchange rate must be positive: ${rate}`);
  return scaled;
}

/** Divides rounding half away from zero ("half-up" on magnitudes). */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * Converts an amount in CNY fen into minor units of `currency`, rounding half-up once.
 * Call it once per line (unit price x quantity), never per unit then multiplied, so a total is
 * the sum of the lines as displayed.
 */
export function convertFromCny(amountFen: number, ratePerCny: string, currency: Currency): number {
  if (!Number.isSafeInteger(amountFen)) throw new Error(`Amount must be an integer count of fen: ${amountFen}`);
  const numerator = BigInt(amountFen) * parseRate(ratePerCny) * 10n ** BigInt(currencyExponent[currency]);
  const denominator = 10n ** BigInt(RATE_SCALE + currencyExponent.CNY);
  return Number(divideHalfUp(numerator, denominator));
}

/** A line: unit price (fen) x quantity, converted and rounded once. */
export function lineTotal(unitPriceFen: number, quantity: number, ratePerCny: string, currency: Currency): number {
  if (!Number.isSafeInteger(quantity) || quantity < 0) throw new Error(`Quantity must be a non-negative integer: ${quantity}`);
  return convertFromCny(unitPriceFen * quantity, ratePerCny, currency);
}

/** The sum of already-rounded lines: what the buyer sees adds up. */
export const sumMinor = (amounts: readonly number[]) => amounts.reduce((total, amount) => total + amount, 0);

/** The reverse, for filters typed in the buyer's currency: minor units of `currency` -> CNY fen (half-up). */
export function convertToCny(amountMinor: number, ratePerCny: string, currency: Currency): number {
  const numerator = BigInt(amountMinor) * 10n ** BigInt(RATE_SCALE + currencyExponent.CNY);
  const denominator = parseRate(ratePerCny) * 10n ** BigInt(currencyExponent[currency]);
  return Number(divideHalfUp(numerator, denominator));
}
