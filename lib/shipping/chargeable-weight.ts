// Chargeable weight and line cost (SPEC 7). Weights in grams, sizes in millimetres, prices in CNY fen.
import { CONTAINERS, freightTonsMilli, lclCostFen, planContainers, volumeL, type ContainerPlan } from "./freight";

export type LinePricing = "parcel" | "freight_kg" | "lcl" | "container";

export interface LineRates {
  firstWeightG: number;
  firstPriceFen: number;
  stepG: number;
  stepPriceFen: number;
  volumetricDivisor: number; // cm3 per kg
  maxWeightG: number;
  /** Absent: a parcel line (first weight, then steps). */
  pricing?: LinePricing;
  maxVolumeL?: number | null;
  minChargeFen?: number;
  freightTonPriceFen?: number | null;
  container20PriceFen?: number | null;
  container40PriceFen?: number | null;
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

/** Why a line cannot carry a shipment. */
export type LineRefusal = "tooHeavy" | "tooLarge";

export interface LineQuote {
  chargeableWeightG: number;
  volumetricWeightG: number;
  costFen: number | null;
  /** Set when costFen is null. */
  refusal: LineRefusal | null;
  /** Volume of the shipment in litres. */
  volumeL: number;
  /** lcl: freight tons W/M in thousandths. */
  freightTonsMilli?: number;
  /** container: how many of each size. */
  containers?: Omit<ContainerPlan, "costFen">;
}

/** What a parcel would cost on a line, or why the line cannot carry it. */
export function quoteLine(parcel: { weightG: number; box: Box }, line: LineRates): LineQuote {
  const volume = volumeL(parcel.box);
  const pricing = line.pricing ?? "parcel";
  const minCharge = line.minChargeFen ?? 0;
  const tooHeavy = parcel.weightG > line.maxWeightG;
  const tooLarge = line.maxVolumeL != null && volume > line.maxVolumeL;
  const refused = (refusal: LineRefusal, extra: Partial<LineQuote> = {}): LineQuote => ({
    chargeableWeightG: parcel.weightG, volumetricWeightG: 0, costFen: null, refusal, volumeL: volume, ...extra,
  });

  if (pricing === "lcl" || pricing === "container") {
    if (tooHeavy) return refused("tooHeavy");
    if (tooLarge) return refused("tooLarge");
    if (pricing === "lcl") {
      const ft = freightTonsMilli(parcel.weightG, volume);
      const costFen = lclCostFen(ft, { freightTonPriceFen: line.freightTonPriceFen ?? 0, minChargeFen: minCharge });
      return { chargeableWeightG: parcel.weightG, volumetricWeightG: 0, costFen, refusal: null, volumeL: volume, freightTonsMilli: ft };
    }
    const plan = planContainers(parcel.weightG, volume, { container20PriceFen: line.container20PriceFen ?? null, container40PriceFen: line.container40PriceFen ?? null });
    // Only a shipment too big for MAX_CONTAINERS has no plan: say which dimension overflows.
    if (!plan) return refused(volume / CONTAINERS.c40.volumeL >= parcel.weightG / CONTAINERS.c40.weightG ? "tooLarge" : "tooHeavy");
    return { chargeableWeightG: parcel.weightG, volumetricWeightG: 0, costFen: plan.costFen, refusal: null, volumeL: volume, containers: { c20: plan.c20, c40: plan.c40 } };
  }

  // parcel and freight_kg: by chargeable weight in steps; freight also has a minimum charge.
  const volumetric = volumetricWeightG(parcel.box, line.volumetricDivisor);
  const chargeable = chargeableWeightG(parcel.weightG, parcel.box, line);
  const cost = tooLarge ? null : lineCostFen(chargeable, line);
  if (cost == null) {
    // Too heavy when the goods themselves weigh too much; too large when only their volume does.
    const refusal: LineRefusal = tooHeavy ? "tooHeavy" : "tooLarge";
    return { chargeableWeightG: chargeable, volumetricWeightG: volumetric, costFen: null, refusal, volumeL: volume };
  }
  return { chargeableWeightG: chargeable, volumetricWeightG: volumetric, costFen: Math.max(cost, minCharge), refusal: null, volumeL: volume };
}
