import { describe, expect, it } from "vitest";
import { priceCart } from "@/lib/checkout/price-cart";
import { dutyRateFor, quoteCheckout, type QuoteInput } from "@/lib/checkout/quote";

const tiers = [
  { minQty: 10, unitPriceFen: 1250 },
  { minQty: 50, unitPriceFen: 1100 },
  { minQty: 200, unitPriceFen: 980 },
];
const box = { lengthMm: 100, widthMm: 100, heightMm: 50 };

describe("pricing a cart", () => {
  it("picks the tier from the listing's total over all its SKUs, and adds each SKU's difference", () => {
    const { lines, listings } = priceCart(
      [
        { skuId: 1, listingId: 7, quantity: 30, skuDeltaFen: 0, quotedUnitPriceFen: null },
        { skuId: 2, listingId: 7, quantity: 25, skuDeltaFen: 50, quotedUnitPriceFen: null },
      ],
      [{ id: 7, tiers, moq: 10 }],
    );
    expect(listings.get(7)).toMatchObject({ totalQuantity: 55, tier: { minQty: 50 }, moqMissing: 0, next: { minQty: 200, missingQuantity: 145, savingPerUnitFen: 120 } });
    expect(lines.map((l) => l.unitPriceFen)).toEqual([1100, 1150]);
    expect(lines.map((l) => l.lineFen)).toEqual([33000, 28750]);
  });

  it("reports the MOQ still missing and charges the first tier below it", () => {
    const { lines, listings } = priceCart([{ skuId: 1, listingId: 7, quantity: 4, skuDeltaFen: 0, quotedUnitPriceFen: null }], [{ id: 7, tiers, moq: 12 }]);
    expect(listings.get(7)!.moqMissing).toBe(8);
    expect(lines[0].unitPriceFen).toBe(1250);
  });

  it("uses a quoted price instead of the tier", () => {
    const { lines } = priceCart([{ skuId: 1, listingId: 7, quantity: 60, skuDeltaFen: 30, quotedUnitPriceFen: 900 }], [{ id: 7, tiers, moq: 10 }]);
    expect(lines[0].unitPriceFen).toBe(900);
  });
});

const base: QuoteInput = {
  lines: [
    { skuId: 1, listingId: 7, quantity: 60, skuDeltaFen: 0, quotedUnitPriceFen: null },
    { skuId: 3, listingId: 8, quantity: 10, skuDeltaFen: 0, quotedUnitPriceFen: null },
  ],
  listings: [
    { id: 7, tiers, moq: 10, factoryId: 1, factoryProvince: "Zhejiang", weightG: 200, box, hsCode: "392690" },
    { id: 8, tiers: [{ minQty: 1, unitPriceFen: 333 }], moq: 1, factoryId: 2, factoryProvince: "Guangdong", weightG: 100, box, hsCode: null },
  ],
  warehouseProvince: "Zhejiang",
  agent: { serviceFeeBps: 500, minServiceFeeFen: 3000 },
  shippingLine: { firstWeightG: 500, firstPriceFen: 6000, stepG: 500, stepPriceFen: 2500, volumetricDivisor: 6000, maxWeightG: 30_000 },
  dutyBps: new Map([["3926", 650]]),
  currency: "EUR",
  ratePerCny: "0.128",
};

describe("the checkout quote", () => {
  it("adds goods, fee and domestic shipping into the first payment, every part rounded once", () => {
    const q = quoteCheckout(base);
    expect(q.goodsFen).toBe(60 * 1100 + 10 * 333);
    expect(q.goodsMinor).toBe(Math.round(66000 * 0.128) + Math.round(3330 * 0.128));
    expect(q.serviceFeeFen).toBe(Math.round(69330 * 0.05));
    // Zhejiang -> Zhejiang 12 kg: 800 + 11 x 200; Guangdong -> Zhejiang 1 kg: 1200.
    expect(q.domesticFen).toBe(800 + 11 * 200 + 1200);
    expect(q.firstPaymentMinor).toBe(q.goodsMinor + q.serviceFeeMinor + q.domesticMinor);
    expect(q.estimatedTotalMinor).toBe(q.firstPaymentMinor + q.intlMinor! + q.dutyMinor);
  });

  it("applies the minimum service fee on small orders", () => {
    const q = quoteCheckout({ ...base, lines: [base.lines[1]] });
    expect(q.serviceFeeFen).toBe(3000);
  });

  it("charges duty only where the HS code's rate is known, and says so", () => {
    const q = quoteCheckout(base);
    expect(q.dutyFen).toBe(Math.round(66000 * 0.065));
    expect(q.dutyComplete).toBe(false);
    expect(dutyRateFor("392690", new Map([["39", 100], ["3926", 650]]))).toBe(650);
    expect(dutyRateFor("950300", new Map([["3926", 650]]))).toBeNull();
  });

  it("estimates international shipping from the consolidated parcel's chargeable weight", () => {
    const q = quoteCheckout(base);
    expect(q.parcel.weightG).toBe(13_000);
    expect(q.intlFen).toBe(6000 + Math.ceil((q.parcel.chargeableWeightG - 500) / 500) * 2500);
    const tooHeavy = quoteCheckout({ ...base, shippingLine: { ...base.shippingLine, maxWeightG: 5000 } });
    expect(tooHeavy.intlFen).toBeNull();
  });

  it("gives zero-decimal currencies whole units", () => {
    const q = quoteCheckout({ ...base, currency: "JPY", ratePerCny: "20.95" });
    expect(q.goodsMinor).toBe(Math.round(66000 * 0.2095) + Math.round(3330 * 0.2095));
    expect(Number.isInteger(q.firstPaymentMinor)).toBe(true);
  });

  it("spreads shared costs into a landed cost per unit above the tier price", () => {
    const q = quoteCheckout(base);
    const perUnit = q.landedPerUnitMinor.get(7)!;
    expect(perUnit).toBeGreaterThan(Math.round(1100 * 0.128));
    const total = [...q.landedPerUnitMinor].reduce((s, [id, v]) => s + v * q.listings.get(id)!.totalQuantity, 0);
    expect(Math.abs(total - q.estimatedTotalMinor)).toBeLessThan(q.lines.length * 70);
  });
});
