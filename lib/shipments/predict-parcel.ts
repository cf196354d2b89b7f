// Predicts a consolidated parcel before packing (SPEC 6/7): from each item's known unit weight and
// packed size, the parcel estimate of lib/shipping (estimateParcel) priced on the line by the same
// function checkout and packing use (quoteLine). Pure.
import { estimateParcel, quoteLine, type LineRates, type ParcelItem } from "@/lib/shipping/chargeable-weight";

export interface ParcelPrediction {
  weightG: number;
  chargeableWeightG: number;
  volumetricWeightG: number;
  costFen: number | null;
}

export function predictParcel(items: readonly ParcelItem[], line: LineRates): ParcelPrediction {
  const parcel = estimateParcel(items);
  const quote = quoteLine(parcel, line);
  return { weightG: parcel.weightG, chargeableWeightG: quote.chargeableWeightG, volumetricWeightG: quote.volumetricWeightG, costFen: quote.costFen };
}

/** Insurance as a share of the declared value, in the same minor unit, rounded half up. */
export const insuranceMinor = (declaredValueMinor: number, bps: number) => Math.floor((declaredValueMinor * bps + 5000) / 10000);
