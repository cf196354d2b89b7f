import { describe, expect, it } from "vitest";
import { domesticShippingFen, landedUnitCost, rankOffers, serviceFeeFen } from "@/lib/pricing/landed-cost";

const agent = { serviceFeeBps: 500, minServiceFeeFen: 3000 };
const truckMn = {
  id: 1, countries: ["MN"],
  firstWeightG: 500, firstPriceFen: 4000, stepG: 500, stepPriceFen: 1500, volumetricDivisor: 6000, maxWeightG: 100_000,
};
const airEu = {
  id: 2, countries: ["FR", "MN"],
  firstWeightG: 500, firstPriceFen: 9000, stepG: 500, stepPriceFen: 4000, volumetricDivisor: 5000, maxWeightG: 30_000,
};
const cube10cm = { lengthMm: 100, widthMm: 100, heightMm: 100 };
const base = { warehouseProvince: "Zhejiang", agent, lines: [truckMn, airEu], country: "MN" };

describe("domestic shipping", () => {
  it("charges the first kilogram, then each started kilogram", () => {
    expect(domesticShippingFen(0, "Zhejiang", "Zhejiang")).toBe(800);
    expect(domesticShippingFen(1000, "Zhejiang", "Zhejiang")).toBe(800);
    expect(domesticShippingFen(1001, "Zhejiang", "Zhejiang")).toBe(1000);
    expect(domesticShippingFen(2500, "Guangdong", "Zhejiang")).toBe(1200 + 2 * 500);
  });
  it("treats province names case-insensitively", () => {
    expect(domesticShippingFen(3000, "zhejiang ", "Zhejiang")).toBe(800 + 2 * 200);
  });
});

describe("service fee", () => {
  it("is a share of the goods value, rounded half-up", () => {
    expect(serviceFeeFen(100_000, agent)).toBe(5000);
    expect(serviceFeeFen(123_450, agent)).toBe(6173); // 6172.5
  });
  it("never goes below the agent's minimum", () => {
    expect(serviceFeeFen(5000, agent)).toBe(3000);
    expect(serviceFeeFen(0, { serviceFeeBps: 600, minServiceFeeFen: 0 })).toBe(0);
  });
});

describe("landed unit cost", () => {
  it("adds tier price, domestic shipping, service fee and the cheapest line, per unit", () => {
    const cost = landedUnitCost({
      ...base, tiers: [{ minQty: 1, unitPriceFen: 1000 }, { minQty: 100, unitPriceFen: 800 }],
      quantity: 100, weightG: 200, box: cube10cm, factoryProvince: "Zhejiang",
    });
    // goods 100 x 8.00 = 800.00; domestic 20 kg same province = 8 + 19 x 2 = 46.00; fee 5 % = 40.00
    // parcel 20 kg, cube of 1.15e8 mm3 -> side 487 mm -> 19 251 g volumetric: 20 kg chargeable.
    // truck: 40 + 39 x 15 = 625.00; air: 90 + 39 x 40 = 1650.00 -> truck.
    expect(cost).toMatchObject({
      tier: { minQty: 100, unitPriceFen: 800 }, tierPriceFen: 800, goodsFen: 80_000, domesticFen: 4600, serviceFeeFen: 4000,
      internationalFen: 62_500, totalFen: 151_100, perUnitFen: 1511, belowMoq: false,
    });
    expect(cost.line?.id).toBe(1);
  });

  it("rounds the unit's share up to a whole fen", () => {
    const cube5cm = { lengthMm: 50, widthMm: 50, heightMm: 50 };
    const input = { ...base, tiers: [{ minQty: 1, unitPriceFen: 1000 }], weightG: 100, box: cube5cm, factoryProvince: "Zhejiang" };
    // 3 units: goods 3000 + domestic 800 + minimum fee 3000 + truck first 500 g 4000 = 10 800 -> 3600 exactly
    // (300 g actual; volumetric: cube of 3 x 125 000 x 1.15 mm3 -> side 76 mm -> 74 g)
    const three = landedUnitCost({ ...input, quantity: 3 });
    expect(three.totalFen).toBe(10_800);
    expect(three.perUnitFen).toBe(3600);
    // 7 units of 50 g: 7000 + 800 + 3000 + 4000 (350 g; side 101 mm -> 172 g) = 14 800 / 7 = 2114.3 -> 2115
    const seven = landedUnitCost({ ...input, quantity: 7, weightG: 50 });
    expect(seven.internationalFen).toBe(4000);
    expect(seven.totalFen).toBe(14_800);
    expect(seven.perUnitFen).toBe(2115);
  });

  it("applies the agent's minimum fee to a small order", () => {
    const cost = landedUnitCost({ ...base, tiers: [{ minQty: 1, unitPriceFen: 500 }], quantity: 10, weightG: 100, box: cube10cm, factoryProvince: "Zhejiang" });
    expect(cost.goodsFen).toBe(5000);
    expect(cost.serviceFeeFen).toBe(3000);
  });

  it("flags a quantity below the MOQ and prices it at the first tier", () => {
    const tiers = [{ minQty: 50, unitPriceFen: 900 }, { minQty: 200, unitPriceFen: 700 }];
    const cost = landedUnitCost({ ...base, tiers, moq: 50, quantity: 10, weightG: 100, box: cube10cm, factoryProvince: "Zhejiang" });
    expect(cost.belowMoq).toBe(true);
    expect(cost.tierPriceFen).toBe(900);
    expect(landedUnitCost({ ...base, tiers, quantity: 50, weightG: 100, box: cube10cm, factoryProvince: "Zhejiang" }).belowMoq).toBe(false);
  });

  it("has no international cost when no line serves the country or carries the weight", () => {
    const input = { ...base, tiers: [{ minQty: 1, unitPriceFen: 1000 }], quantity: 10, weightG: 100, box: cube10cm, factoryProvince: "Zhejiang" };
    const nowhere = landedUnitCost({ ...input, country: "BR" });
    expect(nowhere.internationalFen).toBeNull();
    expect(nowhere.line).toBeNull();
    expect(nowhere.totalFen).toBe(10_000 + 800 + 3000);
    // 200 kg to France: only the air line (30 kg max) goes there.
    expect(landedUnitCost({ ...input, country: "FR", quantity: 1000, weightG: 200 }).internationalFen).toBeNull();
  });

  it("refuses a quantity that is not a positive integer", () => {
    expect(() => landedUnitCost({ ...base, tiers: [{ minQty: 1, unitPriceFen: 1 }], quantity: 0, weightG: 1, box: cube10cm, factoryProvince: "Zhejiang" })).toThrow();
  });
});

describe("ranking offers", () => {
  const tiers = (price: number) => [{ minQty: 1, unitPriceFen: price + 200 }, { minQty: 100, unitPriceFen: price }];
  const close = { id: 10, tiers: tiers(800), moq: 1, weightG: 200, box: cube10cm, factoryProvince: "Zhejiang" };
  // 1.00 cheaper on the sticker, but twice as heavy and in another province.
  const cheapSticker = { id: 11, tiers: tiers(700), moq: 1, weightG: 400, box: cube10cm, factoryProvince: "Guangdong" };

  it("puts a lighter, closer offer before a cheaper sticker price", () => {
    const ranked = rankOffers([cheapSticker, close], { ...base, quantity: 100 });
    expect(ranked.map((r) => r.offer.id)).toEqual([10, 11]);
    // cheap: goods 70 000 + domestic 40 kg other province 1200 + 39 x 500 = 20 700 + fee 3500
    // + truck 40 kg 4000 + 79 x 1500 = 122 500 -> 216 700 -> 2167 per unit, against 1511.
    expect(ranked[0].cost.perUnitFen).toBe(1511);
    expect(ranked[1].cost.perUnitFen).toBe(2167);
    expect(ranked[1].cost.tierPriceFen).toBeLessThan(ranked[0].cost.tierPriceFen);
  });

  it("breaks a tie on landed cost by sticker price, then id", () => {
    const a = { ...close, id: 21 };
    const b = { ...close, id: 20 };
    expect(rankOffers([a, b], { ...base, quantity: 100 }).map((r) => r.offer.id)).toEqual([20, 21]);
  });

  it("ranks an offer no line can ship last, however cheap", () => {
    const tooBig = { ...close, id: 30, tiers: tiers(100), box: { lengthMm: 2000, widthMm: 2000, heightMm: 2000 } };
    const ranked = rankOffers([tooBig, cheapSticker, close], { ...base, quantity: 100 });
    expect(ranked.map((r) => r.offer.id)).toEqual([10, 11, 30]);
    expect(ranked[2].cost.internationalFen).toBeNull();
    expect(ranked[2].cost.perUnitFen).toBeLessThan(ranked[0].cost.perUnitFen);
  });
});
