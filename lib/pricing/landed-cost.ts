// Landed unit cost (SPEC 4, 5, 7): what one unit really costs the buyer at their door, at their
// quantity, before anything is bought. Pure and client-safe: the listing page recomputes it in the
// browser as the buyer changes the quantity or the country. All amounts are integer CNY fen.
import { estimateParcel, quoteLine, type Box, type LineRates } from "@/lib/shipping/chargeable-weight";
import { sortTiers, tierForQuantity, type Tier } from "./tiers";

/**
 * Domestic express from the factory to the agent's warehouse, a simple model of Chinese express
 * rates: by actual weight rounded up to whole kilograms (at least 1 kg), a first-kilogram price and
 * a price per extra kilogram, cheaper within one province.
 */
export const DOMESTIC_RATES = {
  sameProvince: { firstKgFen: 800, extraKgFen: 200 },
  otherProvince: { firstKgFen: 1200, extraKgFen: 500 },
} as const;

const sameProvince = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function domesticShippingFen(weightG: number, fromProvince: string, toProvince: string): number {
  const kg = Math.max(1, Math.ceil(weightG / 1000));
  const rates = sameProvince(fromProvince, toProvince) ? DOMESTIC_RATES.sameProvince : DOMESTIC_RATES.otherProvince;
  return rates.firstKgFen + (kg - 1) * rates.extraKgFen;
}

export interface AgentFees {
  /** Share of goods value in basis points (500 = 5 %). */
  serviceFeeBps: number;
  minServiceFeeFen: number;
}

/** The agent's service fee on goods worth `goodsFen`: bps of the value (rounded half-up), at least the minimum. */
export function serviceFeeFen(goodsFen: number, agent: AgentFees): number {
  return Math.max(Math.round((goodsFen * agent.serviceFeeBps) / 10_000), agent.minServiceFeeFen);
}

/** A shipping line as the estimate needs it (ShippingLineOption fits). */
export interface CountryLine extends LineRates {
  id: number;
  countries: readonly string[];
}

export interface LandedCostInput<L extends CountryLine = CountryLine> {
  tiers: readonly Tier[];
  quantity: number;
  /** Defaults to the first tier's quantity. */
  moq?: number;
  weightG: number;
  box: Box;
  factoryProvince: string;
  warehouseProvince: string;
  agent: AgentFees;
  lines: readonly L[];
  country: string;
}

export interface LandedCost<L extends CountryLine = CountryLine> {
  /** The tier the quantity reaches (the first tier below it: the buyer cannot pay less). */
  tier: Tier;
  tierPriceFen: number;
  goodsFen: number;
  domesticFen: number;
  serviceFeeFen: number;
  /** Cheapest line serving the country for one parcel of all the units; null when none can. */
  internationalFen: number | null;
  line: L | null;
  /** Goods + domestic + service fee + international (international left out when null). */
  totalFen: number;
  /** ceil(total / quantity). */
  perUnitFen: number;
  belowMoq: boolean;
}

export function landedUnitCost<L extends CountryLine>(input: LandedCostInput<L>): LandedCost<L> {
  const { quantity } = input;
  if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new Error(`Quantity must be a positive integer: ${quantity}`);
  const sorted = sortTiers(input.tiers);
  if (sorted.length === 0) throw new Error("A listing without price tiers has no landed cost");
  const tier = tierForQuantity(sorted, quantity) ?? sorted[0];
  const goodsFen = tier.unitPriceFen * quantity;
  const domesticFen = domesticShippingFen(input.weightG * quantity, input.factoryProvince, input.warehouseProvince);
  const fee = serviceFeeFen(goodsFen, input.agent);

  const parcel = estimateParcel([{ weightG: input.weightG, box: input.box, quantity }]);
  let line: L | null = null;
  let internationalFen: number | null = null;
  for (const candidate of input.lines) {
    if (!candidate.countries.includes(input.country)) continue;
    const cost = quoteLine(parcel, candidate).costFen;
    if (cost != null && (internationalFen == null || cost < internationalFen)) {
      internationalFen = cost;
      line = candidate;
    }
  }

  const totalFen = goodsFen + domesticFen + fee + (internationalFen ?? 0);
  return {
    tier,
    tierPriceFen: tier.unitPriceFen,
    goodsFen,
    domesticFen,
    serviceFeeFen: fee,
    internationalFen,
    line,
    totalFen,
    perUnitFen: Math.ceil(totalFen / quantity),
    belowMoq: quantity < (input.moq ?? sorted[0].minQty),
  };
}

/** One listing offering the product, as the ranking needs it. */
export interface OfferInput {
  id: number;
  tiers: readonly Tier[];
  moq: number;
  weightG: number;
  box: Box;
  factoryProvince: string;
  /** The factory is "reliable" over the last 90 days (lib/warehouse/reliability.ts). */
  factory?: { reliable?: boolean };
}

/**
 * How much a reliable factory's offer may cost more and still rank first: 300 basis points (3 %)
 * of the landed unit cost. "At a similar price a reliable factory ranks first" as one number:
 * a buyer pays a few percent for goods that pass QC, arrive in the right count and ship within
 * a week, not more.
 */
export const RELIABLE_ADVANTAGE_BPS = 300;

/**
 * The ranking score of an offer, in fen x 10 000 (integers, no rounding): the landed unit cost,
 * reduced by RELIABLE_ADVANTAGE_BPS for a reliable factory. Lower ranks first.
 */
export const rankingScore = (perUnitFen: number, reliable: boolean) => perUnitFen * (10_000 - (reliable ? RELIABLE_ADVANTAGE_BPS : 0));

export type RankContext<L extends CountryLine> = Omit<LandedCostInput<L>, "tiers" | "moq" | "weightG" | "box" | "factoryProvince">;

export interface RankedOffer<O extends OfferInput, L extends CountryLine> {
  offer: O;
  cost: LandedCost<L>;
}

/**
 * The ranking rule of price comparison. Offers that no line can ship to the country have no
 * complete cost and come last. The others by rankingScore: the landed unit cost, 3 % less for a
 * reliable factory — so at a similar price (within 3 %) a reliable factory ranks first, and a
 * cheaper offer beyond that still wins. Ties by the landed unit cost itself, then by sticker
 * (tier) price, then id for a stable order.
 */
export function rankOffers<O extends OfferInput, L extends CountryLine>(offers: readonly O[], context: RankContext<L>): RankedOffer<O, L>[] {
  return offers
    .map((offer) => ({
      offer,
      cost: landedUnitCost({ ...context, tiers: offer.tiers, moq: offer.moq, weightG: offer.weightG, box: offer.box, factoryProvince: offer.factoryProvince }),
    }))
    .sort(
      (a, b) =>
        Number(a.cost.internationalFen == null) - Number(b.cost.internationalFen == null) ||
        rankingScore(a.cost.perUnitFen, a.offer.factory?.reliable ?? false) - rankingScore(b.cost.perUnitFen, b.offer.factory?.reliable ?? false) ||
        a.cost.perUnitFen - b.cost.perUnitFen ||
        a.cost.tierPriceFen - b.cost.tierPriceFen ||
        a.offer.id - b.offer.id,
    );
}
