// Prices cart lines the way an order is priced (SPEC 3, 5): per listing, the total quantity over its
// SKUs picks the tier, and the MOQ applies to that same total. Pure: the cart page, the checkout
// quote and order placement all call it with what they read from the database.
import { moqShortfall, nextTier, sortTiers, tierForQuantity, type Tier } from "@/lib/pricing/tiers";

export interface CartLineInput {
  skuId: number;
  listingId: number;
  quantity: number;
  skuDeltaFen: number;
  /** From an accepted quotation: replaces tier price + difference. */
  quotedUnitPriceFen: number | null;
}

export interface ListingPricing {
  id: number;
  tiers: readonly Tier[];
  moq: number;
}

export interface PricedListing {
  listingId: number;
  totalQuantity: number;
  /** The tier the total reaches; below the first break the first tier's price applies (and the MOQ is missed). */
  tier: Tier;
  moqMissing: number;
  next: { minQty: number; missingQuantity: number; savingPerUnitFen: number } | null;
}

export interface PricedLine extends CartLineInput {
  unitPriceFen: number;
  /** unit price x quantity, in fen. */
  lineFen: number;
}

export function priceCart(lines: readonly CartLineInput[], listings: readonly ListingPricing[]) {
  const byId = new Map(listings.map((l) => [l.id, l]));
  const totals = new Map<number, number>();
  for (const line of lines) totals.set(line.listingId, (totals.get(line.listingId) ?? 0) + line.quantity);

  const pricedListings = new Map<number, PricedListing>();
  for (const [listingId, totalQuantity] of totals) {
    const listing = byId.get(listingId);
    if (!listing || listing.tiers.length === 0) throw new Error(`Listing ${listingId} has no price tiers`);
    const sorted = sortTiers(listing.tiers);
    const tier = tierForQuantity(sorted, totalQuantity) ?? sorted[0];
    const next = nextTier(sorted, totalQuantity);
    pricedListings.set(listingId, {
      listingId,
      totalQuantity,
      tier,
      moqMissing: moqShortfall(Math.max(listing.moq, sorted[0].minQty), totalQuantity),
      next: next ? { minQty: next.tier.minQty, missingQuantity: next.missingQuantity, savingPerUnitFen: next.savingPerUnitFen } : null,
    });
  }

  const pricedLines: PricedLine[] = lines.map((line) => {
    const tier = pricedListings.get(line.listingId)!.tier;
    const unitPriceFen = line.quotedUnitPriceFen ?? Math.max(1, tier.unitPriceFen + line.skuDeltaFen);
    return { ...line, unitPriceFen, lineFen: unitPriceFen * line.quantity };
  });
  return { lines: pricedLines, listings: pricedListings };
}
