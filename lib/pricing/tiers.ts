// Tiered wholesale prices. The quantity that selects a tier is the total across all SKUs of one
// listing in one order, and the listing's MOQ applies to that same total (SPEC 3).

export interface Tier {
  minQty: number;
  unitPriceFen: number;
}

export const sortTiers = (tiers: readonly Tier[]): Tier[] => [...tiers].sort((a, b) => a.minQty - b.minQty);

/** The tier a total quantity reaches, or null below the first break. */
export function tierForQuantity(tiers: readonly Tier[], totalQuantity: number): Tier | null {
  let reached: Tier | null = null;
  for (const tier of sortTiers(tiers)) {
    if (tier.minQty <= totalQuantity) reached = tier;
  }
  return reached;
}

/** The index in sorted order of the tier a quantity reaches (-1 below the first). */
export function tierIndexForQuantity(tiers: readonly Tier[], totalQuantity: number): number {
  const reached = tierForQuantity(tiers, totalQuantity);
  return reached ? sortTiers(tiers).findIndex((t) => t.minQty === reached.minQty) : -1;
}

/** The unit price of one SKU at a total quantity: the tier price plus the SKU's own difference. */
export function unitPriceFen(tiers: readonly Tier[], totalQuantity: number, skuDeltaFen = 0): number | null {
  const tier = tierForQuantity(tiers, Math.max(totalQuantity, sortTiers(tiers)[0]?.minQty ?? 0));
  return tier ? tier.unitPriceFen + skuDeltaFen : null;
}

export interface NextTier {
  tier: Tier;
  /** Units still to add to reach it. */
  missingQuantity: number;
  /** Saving per unit once reached, in fen. */
  savingPerUnitFen: number;
}

/** The next price break above a total quantity, with what it saves. */
export function nextTier(tiers: readonly Tier[], totalQuantity: number): NextTier | null {
  const sorted = sortTiers(tiers);
  const current = tierForQuantity(sorted, totalQuantity) ?? sorted[0];
  const next = sorted.find((t) => t.minQty > totalQuantity && t !== current);
  if (!next || !current) return null;
  return {
    tier: next,
    missingQuantity: next.minQty - totalQuantity,
    savingPerUnitFen: current.unitPriceFen - next.unitPriceFen,
  };
}

/** Units still missing to reach the MOQ (0 when reached). */
export const moqShortfall = (moq: number, totalQuantity: number) => Math.max(0, moq - totalQuantity);

export type TierProblem =
  | { code: "empty" }
  | { code: "quantity_not_positive"; index: number }
  | { code: "price_not_positive"; index: number }
  | { code: "quantities_not_increasing"; index: number }
  | { code: "price_increases"; index: number }
  | { code: "moq_below_first_tier"; moq: number; firstMinQty: number };

/**
 * Checks a tier table as a factory entered it (in order): quantities strictly increasing, prices
 * not increasing, and an MOQ no smaller than the first break (a quantity below it has no price).
 */
export function validateTiers(tiers: readonly Tier[], moq: number): TierProblem[] {
  const problems: TierProblem[] = [];
  if (tiers.length === 0) return [{ code: "empty" }];
  tiers.forEach((tier, index) => {
    if (!Number.isInteger(tier.minQty) || tier.minQty <= 0) problems.push({ code: "quantity_not_positive", index });
    if (!Number.isInteger(tier.unitPriceFen) || tier.unitPriceFen <= 0) problems.push({ code: "price_not_positive", index });
    if (index > 0) {
      const previous = tiers[index - 1];
      if (tier.minQty <= previous.minQty) problems.push({ code: "quantities_not_increasing", index });
      if (tier.unitPriceFen > previous.unitPriceFen) problems.push({ code: "price_increases", index });
    }
  });
  if (moq < tiers[0].minQty) problems.push({ code: "moq_below_first_tier", moq, firstMinQty: tiers[0].minQty });
  return problems;
}
