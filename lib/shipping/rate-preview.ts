// A line's price for a few sample shipments, for the agent's rate editor: computed by quoteLine,
// the function checkout, packing and the second payment use, so the preview is what buyers pay.
// Pure and client-safe.
import { quoteLine, type LinePricing, type LineQuote, type LineRates } from "./chargeable-weight";

export interface PreviewSample {
  weightG: number;
  /** Volume in litres (a cube of it is the sample's box). */
  volumeL: number;
}

// Parcels: dense small goods (about 250 kg/m³), so the weight and not the volume is charged.
const PARCEL_SAMPLES: PreviewSample[] = [0.5, 1, 2.3, 5, 10, 20, 50].map((kg) => ({ weightG: kg * 1000, volumeL: Math.max(1, Math.round(kg * 4)) }));
// Freight: wholesale cartons from half a cubic metre to a full container load and beyond.
const FREIGHT_SAMPLES: PreviewSample[] = [
  { weightG: 100_000, volumeL: 500 },
  { weightG: 400_000, volumeL: 2_000 },
  { weightG: 1_000_000, volumeL: 5_000 },
  { weightG: 3_000_000, volumeL: 15_000 },
  { weightG: 6_000_000, volumeL: 30_000 },
  { weightG: 12_000_000, volumeL: 60_000 },
];

export function previewSamples(pricing: LinePricing): PreviewSample[] {
  return pricing === "lcl" || pricing === "container" ? FREIGHT_SAMPLES : PARCEL_SAMPLES;
}

/** A cube of `volumeL` litres, in millimetres. */
export function cubeOf(volumeL: number) {
  const side = Math.round(Math.cbrt(volumeL * 1_000_000));
  return { lengthMm: side, widthMm: side, heightMm: side };
}

export function previewLine(rates: LineRates): (PreviewSample & { quote: LineQuote })[] {
  return previewSamples(rates.pricing ?? "parcel").map((s) => ({ ...s, quote: quoteLine({ weightG: s.weightG, box: cubeOf(s.volumeL) }, rates) }));
}
