// The checkout breakdown (SPEC 5, 7): goods, agent service fee, domestic shipping per factory,
// estimated international shipping of one consolidated parcel, import duty where the HS code and
// the destination's rate are known, and the landed cost per unit. Pure; amounts in CNY fen are
// converted to the buyer's currency once per displayed line, so the totals add up.
import { lineTotal, convertFromCny, sumMinor } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { domesticShippingFen, serviceFeeFen, type AgentFees } from "@/lib/pricing/landed-cost";
import { estimateParcel, quoteLine, type Box, type LineQuote, type LineRates, type LineRefusal } from "@/lib/shipping/chargeable-weight";
import { priceCart, type CartLineInput, type ListingPricing } from "./price-cart";

export interface QuoteListing extends ListingPricing {
  factoryId: number;
  factoryProvince: string;
  weightG: number;
  box: Box;
  hsCode: string | null;
}

export interface QuoteInput {
  lines: readonly CartLineInput[];
  listings: readonly QuoteListing[];
  warehouseProvince: string;
  agent: AgentFees;
  shippingLine: LineRates;
  /** HS prefix -> duty in basis points, for the destination country. */
  dutyBps: ReadonlyMap<string, number>;
  currency: Currency;
  ratePerCny: string;
}

export interface Quote {
  lines: { skuId: number; listingId: number; quantity: number; unitPriceFen: number; lineFen: number; lineMinor: number }[];
  listings: ReturnType<typeof priceCart>["listings"];
  goodsFen: number;
  goodsMinor: number;
  serviceFeeFen: number;
  serviceFeeMinor: number;
  domesticFen: number;
  domesticMinor: number;
  /** null when the line cannot carry the shipment (see intlRefusal). */
  intlFen: number | null;
  intlRefusal: LineRefusal | null;
  intlMinor: number | null;
  dutyFen: number;
  dutyMinor: number;
  /** Whether every listing's duty rate was known (otherwise the duty shown is partial). */
  dutyComplete: boolean;
  parcel: { weightG: number; chargeableWeightG: number } & Pick<LineQuote, "volumeL" | "freightTonsMilli" | "containers">;
  /** Charged now: goods + service fee + domestic shipping. */
  firstPaymentMinor: number;
  /** First payment + estimated international shipping + duty. */
  estimatedTotalMinor: number;
  /** Per listing: everything it causes, per unit, in the buyer's currency (rounded up). */
  landedPerUnitMinor: Map<number, number>;
  moqMissing: { listingId: number; missing: number }[];
}

/** Longest HS prefix with a known rate. */
export function dutyRateFor(hsCode: string | null, rates: ReadonlyMap<string, number>): number | null {
  if (!hsCode) return null;
  for (let n = hsCode.length; n >= 2; n--) {
    const bps = rates.get(hsCode.slice(0, n));
    if (bps != null) return bps;
  }
  return null;
}

const share = (amount: number, part: number, whole: number) => (whole > 0 ? (amount * part) / whole : 0);

export function quoteCheckout(input: QuoteInput): Quote {
  const { currency, ratePerCny } = input;
  const priced = priceCart(input.lines, input.listings);
  const listingById = new Map(input.listings.map((l) => [l.id, l]));

  const lines = priced.lines.map((l) => ({
    skuId: l.skuId, listingId: l.listingId, quantity: l.quantity, unitPriceFen: l.unitPriceFen, lineFen: l.lineFen,
    lineMinor: lineTotal(l.unitPriceFen, l.quantity, ratePerCny, currency),
  }));
  const goodsFen = lines.reduce((s, l) => s + l.lineFen, 0);
  const goodsMinor = sumMinor(lines.map((l) => l.lineMinor));

  const fee = serviceFeeFen(goodsFen, input.agent);

  // One domestic parcel per factory, by its actual weight.
  const factoryWeight = new Map<number, { weightG: number; province: string }>();
  const listingWeight = new Map<number, number>();
  const listingGoods = new Map<number, number>();
  for (const line of lines) {
    const listing = listingById.get(line.listingId)!;
    const w = listing.weightG * line.quantity;
    listingWeight.set(listing.id, (listingWeight.get(listing.id) ?? 0) + w);
    listingGoods.set(listing.id, (listingGoods.get(listing.id) ?? 0) + line.lineFen);
    const f = factoryWeight.get(listing.factoryId) ?? { weightG: 0, province: listing.factoryProvince };
    f.weightG += w;
    factoryWeight.set(listing.factoryId, f);
  }
  const domesticByFactory = new Map([...factoryWeight].map(([id, f]) => [id, domesticShippingFen(f.weightG, f.province, input.warehouseProvince)]));
  const domesticFen = [...domesticByFactory.values()].reduce((s, v) => s + v, 0);

  const parcel = estimateParcel(
    lines.map((l) => {
      const listing = listingById.get(l.listingId)!;
      return { weightG: listing.weightG, box: listing.box, quantity: l.quantity };
    }),
  );
  const lineQuote = quoteLine(parcel, input.shippingLine);

  let dutyFen = 0;
  let dutyComplete = true;
  for (const [listingId, goods] of listingGoods) {
    const bps = dutyRateFor(listingById.get(listingId)!.hsCode, input.dutyBps);
    if (bps == null) dutyComplete = false;
    else dutyFen += Math.round((goods * bps) / 10_000);
  }

  const serviceFeeMinor = convertFromCny(fee, ratePerCny, currency);
  const domesticMinor = convertFromCny(domesticFen, ratePerCny, currency);
  const intlMinor = lineQuote.costFen == null ? null : convertFromCny(lineQuote.costFen, ratePerCny, currency);
  const dutyMinor = convertFromCny(dutyFen, ratePerCny, currency);
  const firstPaymentMinor = goodsMinor + serviceFeeMinor + domesticMinor;

  // Shared costs allocated to listings: fee and duty by value, domestic within its factory by
  // weight, international by weight (a share of one consolidated parcel).
  const totalWeight = [...listingWeight.values()].reduce((s, v) => s + v, 0);
  const landedPerUnitMinor = new Map<number, number>();
  for (const [listingId, goods] of listingGoods) {
    const listing = listingById.get(listingId)!;
    const weight = listingWeight.get(listingId)!;
    const factory = factoryWeight.get(listing.factoryId)!;
    const bps = dutyRateFor(listing.hsCode, input.dutyBps) ?? 0;
    const costFen =
      goods +
      share(fee, goods, goodsFen) +
      share(domesticByFactory.get(listing.factoryId)!, weight, factory.weightG) +
      share(lineQuote.costFen ?? 0, weight, totalWeight) +
      (goods * bps) / 10_000;
    const quantity = priced.listings.get(listingId)!.totalQuantity;
    landedPerUnitMinor.set(listingId, convertFromCny(Math.ceil(costFen / quantity), ratePerCny, currency));
  }

  return {
    lines,
    listings: priced.listings,
    goodsFen, goodsMinor,
    serviceFeeFen: fee, serviceFeeMinor,
    domesticFen, domesticMinor,
    intlFen: lineQuote.costFen, intlMinor, intlRefusal: lineQuote.refusal,
    dutyFen, dutyMinor, dutyComplete,
    parcel: {
      weightG: parcel.weightG, chargeableWeightG: lineQuote.chargeableWeightG, volumeL: lineQuote.volumeL,
      freightTonsMilli: lineQuote.freightTonsMilli, containers: lineQuote.containers,
    },
    firstPaymentMinor,
    estimatedTotalMinor: firstPaymentMinor + (intlMinor ?? 0) + dutyMinor,
    landedPerUnitMinor,
    moqMissing: [...priced.listings.values()].filter((l) => l.moqMissing > 0).map((l) => ({ listingId: l.listingId, missing: l.moqMissing })),
  };
}
