// Freight pricing (SPEC 7): wholesale travels as freight, not as a parcel. Sea LCL is priced per
// freight ton "W/M" (the greater of the volume in m³ and the weight in metric tons) with a minimum
// charge; full containers at a flat rate each, the estimate picking how many of which size.
// Pure and client-safe. Weights in grams, volumes in litres (dm³), prices in CNY fen.

/** Usable load of a container: what a forwarder fills in practice, not the nominal inside volume. */
export const CONTAINERS = {
  c20: { volumeL: 28_000, weightG: 21_000_000 },
  c40: { volumeL: 58_000, weightG: 26_000_000 },
} as const;

/** A single estimate never books more containers than this: beyond it the buyer talks to the agent. */
export const MAX_CONTAINERS = 20;

/** Volume of a box in litres, rounded up. Sizes in mm: mm³ / 1,000,000 = dm³. */
export function volumeL(box: { lengthMm: number; widthMm: number; heightMm: number }): number {
  return Math.ceil((box.lengthMm * box.widthMm * box.heightMm) / 1_000_000);
}

/**
 * Freight tons W/M in thousandths (1,000 = one freight ton): the greater of the volume in litres
 * (1,000 L = 1 m³) and the weight in kilograms (1,000 kg = 1 t), each rounded up.
 */
export function freightTonsMilli(weightG: number, volume: number): number {
  return Math.max(Math.ceil(weightG / 1000), Math.ceil(volume));
}

export interface LclRates {
  freightTonPriceFen: number;
  minChargeFen: number;
}

/** LCL cost: freight tons x rate (rounded half-up to the fen), at least the minimum charge. */
export function lclCostFen(freightTonsMilli: number, rates: LclRates): number {
  return Math.max(rates.minChargeFen, Math.round((freightTonsMilli * rates.freightTonPriceFen) / 1000));
}

export interface ContainerRates {
  container20PriceFen: number | null;
  container40PriceFen: number | null;
}

export interface ContainerPlan {
  c20: number;
  c40: number;
  costFen: number;
}

/**
 * The cheapest set of containers holding the goods (by both volume and weight), treating the
 * goods as divisible between containers; on equal cost, fewer containers. Null when more than
 * MAX_CONTAINERS would be needed or the line offers no size.
 */
export function planContainers(weightG: number, volume: number, rates: ContainerRates): ContainerPlan | null {
  const { container20PriceFen: p20, container40PriceFen: p40 } = rates;
  let best: ContainerPlan | null = null;
  const max40 = p40 == null ? 0 : MAX_CONTAINERS;
  for (let c40 = 0; c40 <= max40; c40++) {
    const restL = volume - c40 * CONTAINERS.c40.volumeL;
    const restG = weightG - c40 * CONTAINERS.c40.weightG;
    // At least one container, even for a few boxes: the rate is per container.
    const c20 = Math.max(c40 === 0 ? 1 : 0, Math.ceil(restL / CONTAINERS.c20.volumeL), Math.ceil(restG / CONTAINERS.c20.weightG));
    if ((c20 > 0 && p20 == null) || c20 + c40 > MAX_CONTAINERS) continue;
    const costFen = c20 * (p20 ?? 0) + c40 * (p40 ?? 0);
    if (!best || costFen < best.costFen || (costFen === best.costFen && c20 + c40 < best.c20 + best.c40)) best = { c20, c40, costFen };
    if (c20 === 0) break; // more 40' containers than needed only costs more
  }
  return best;
}
