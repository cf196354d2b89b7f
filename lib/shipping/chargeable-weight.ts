// Chargeable weight and line cost (SPEC 7). Weights in grams, sizes in millimetres, prices in CNY fen.

export interface LineRates {
  firstWeightG: number;
  firstPriceFen: number;
  stepG: number;
  stepPriceFen: number;
  volumetricDivisor: number; // cm3 per kg
  maxWeightG: number;
}

export interface Box {
  lengthMm: number;
  widthMm: number;
  heightMm: number;
}

/** L x W x H / divisor. With sizes in mm: mm3 / 1000 = cm3, cm3 / divisor = kg, so mm3 / divisor = g. */
export function volumetricWeightG(box: Box, divisor: number): number {
  return Math.ceil((box.lengthMm * box.widthMm * box.heightMm) / divisor);
}

/** Rounds a weight up to the line's billing steps: the first weight, then whole steps. */
export function roundUpToStep(weightG: number, line: Pick<LineRates, "firstWeightG" | "stepG">): number {
  if (weightG <= line.firstWeightG) return line.firstWeightG;
  return line.firstWeightG + Math.ceil((weightG - line.firstWeightG) / line.stepG) * line.stepG;
}

/** max(actual, volumetric), rounded up to the line's step. */
export function chargeableWeightG(actualWeightG: number, box: Box, line: LineRates): number {
  return roundUpToStep(Math.max(actualWeightG, volumetricWeightG(box, line.volumetricDivisor)), line);
}

/** Cost of a chargeable weight on a line, or null when it exceeds the line's maximum. */
export function lineCostFen(chargeableG: number, line: LineRates): number | null {
  if (chargeableG > line.maxWeightG) return null;
  const steps = Math.max(0, Math.ceil((chargeableG - line.firstWeightG) / line.stepG));
  return line.firstPriceFen + steps * line.stepPriceFen;
}

export interface ParcelItem {
  weightG: number; // one unit, packed
  box: Box; // one unit, packed
  quantity: number;
}

/** Extra volume for the outer carton and filling when units are consolidated. */
export const PACKING_FACTOR = 1.15;

/**
 * Estimates one consolidated parcel from its units: total weight, and a cube holding the units'
 * total volume plus packing. An estimate only: the agent weighs the real box later.
 */
export function estimateParcel(items: readonly ParcelItem[]): { weightG: number; box: Box } {
  let weightG = 0;
  let volumeMm3 = 0;
  for (const item of items) {
    weightG += item.weightG * item.quantity;
    volumeMm3 += item.box.lengthMm * item.box.widthMm * item.box.heightMm * item.quantity;
  }
  const side = Math.ceil(Math.cbrt(volumeMm3 * PACKING_FACTOR));
  return { weightG, box: { lengthMm: side, widthMm: side, heightMm: side } };
}

export interface LineQuote {
  chargeableWeightG: number;
  volumetricWeightG: number;
  costFen: number | null;
}

/** What a parcel would cost on a line. */
export function quoteLine(parcel: { weightG: number; box: Box }, line: LineRates): LineQuote {
  const volumetric = volumetricWeightG(parcel.box, line.volumetricDivisor);
  const chargeable = chargeableWeightG(parcel.weightG, parcel.box, line);
  return { chargeableWeightG: chargeable, volumetricWeightG: volumetric, costFen: lineCostFen(chargeable, line) };
}
