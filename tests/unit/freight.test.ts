// Freight pricing (SPEC 7): sea LCL per freight ton W/M with a minimum charge, full containers at a
// flat rate each (the estimate picks how many), rail/truck freight per kg; and the reasons a line
// refuses goods (too heavy, too large).
import { describe, expect, it } from "vitest";
import { quoteCheckout, type QuoteInput } from "@/lib/checkout/quote";
import { estimateParcel, quoteLine, type LineRates } from "@/lib/shipping/chargeable-weight";
import { freightTonsMilli, lclCostFen, planContainers, volumeL } from "@/lib/shipping/freight";

const noSteps = { firstWeightG: 1000, firstPriceFen: 0, stepG: 1000, stepPriceFen: 0, volumetricDivisor: 6000 };
const lcl: LineRates = { ...noSteps, pricing: "lcl", freightTonPriceFen: 60_000, minChargeFen: 90_000, maxWeightG: 10_000_000, maxVolumeL: 15_000 };
const fcl: LineRates = { ...noSteps, pricing: "container", container20PriceFen: 2_100_000, container40PriceFen: 3_600_000, maxWeightG: 520_000_000 };
const railKg: LineRates = { firstWeightG: 1000, firstPriceFen: 1400, stepG: 1000, stepPriceFen: 1400, volumetricDivisor: 3000, pricing: "freight_kg", minChargeFen: 140_000, maxWeightG: 20_000_000, maxVolumeL: 60_000 };
const courier: LineRates = { firstWeightG: 500, firstPriceFen: 12_000, stepG: 500, stepPriceFen: 4500, volumetricDivisor: 5000, maxWeightG: 30_000 };
/** A box of `litres` as a cube-ish shape: 1 m x 1 m x litres mm. */
const boxOf = (litres: number) => ({ lengthMm: 1000, widthMm: 1000, heightMm: litres });

describe("freight tons W/M", () => {
  it("is the volume in m³ when the goods are light for their size", () => {
    expect(freightTonsMilli(440_000, 6031)).toBe(6031); // 440 kg in 6.031 m³
  });
  it("is the weight in tonnes when the goods are dense", () => {
    expect(freightTonsMilli(3_200_500, 1200)).toBe(3201); // 3.2005 t in 1.2 m³, kg rounded up
  });
  it("measures a box's volume in litres, rounded up", () => {
    expect(volumeL({ lengthMm: 230, widthMm: 150, heightMm: 76 })).toBe(3); // 2.622 L
    expect(volumeL(boxOf(2500))).toBe(2500);
  });
});

describe("sea LCL", () => {
  it("charges rate x freight tons", () => {
    expect(lclCostFen(6031, { freightTonPriceFen: 60_000, minChargeFen: 90_000 })).toBe(361_860);
    const q = quoteLine({ weightG: 440_000, box: boxOf(6031) }, lcl);
    expect(q).toMatchObject({ costFen: 361_860, freightTonsMilli: 6031, refusal: null });
  });
  it("charges the minimum for a small shipment", () => {
    expect(quoteLine({ weightG: 80_000, box: boxOf(400) }, lcl)).toMatchObject({ costFen: 90_000, freightTonsMilli: 400 });
  });
  it("refuses goods over its volume as too large and over its weight as too heavy", () => {
    expect(quoteLine({ weightG: 2_000_000, box: boxOf(16_000) }, lcl)).toMatchObject({ costFen: null, refusal: "tooLarge" });
    expect(quoteLine({ weightG: 11_000_000, box: boxOf(5000) }, lcl)).toMatchObject({ costFen: null, refusal: "tooHeavy" });
  });
});

describe("full containers", () => {
  const rates = { container20PriceFen: 2_100_000, container40PriceFen: 3_600_000 };
  it("takes one 20' for what fits in it, even a little", () => {
    expect(planContainers(400_000, 6000, rates)).toEqual({ c20: 1, c40: 0, costFen: 2_100_000 });
  });
  it("takes one 40' rather than two 20' when it is cheaper", () => {
    expect(planContainers(5_000_000, 40_000, rates)).toEqual({ c20: 0, c40: 1, costFen: 3_600_000 });
  });
  it("combines sizes: 70 m³ is one 40' and one 20'", () => {
    expect(planContainers(8_000_000, 70_000, rates)).toEqual({ c20: 1, c40: 1, costFen: 5_700_000 });
  });
  it("counts by weight when the goods are heavy: 50 t of tiles needs three 20' (21 t each)", () => {
    // Two 40' carry 52 t for 72,000 yuan; three 20' carry 63 t for 63,000 yuan.
    expect(planContainers(50_000_000, 20_000, rates)).toEqual({ c20: 3, c40: 0, costFen: 6_300_000 });
  });
  it("uses only the size a line offers", () => {
    expect(planContainers(400_000, 6000, { container20PriceFen: null, container40PriceFen: 3_600_000 })).toEqual({ c20: 0, c40: 1, costFen: 3_600_000 });
    expect(planContainers(400_000, 70_000, { container20PriceFen: 2_100_000, container40PriceFen: null })).toEqual({ c20: 3, c40: 0, costFen: 6_300_000 });
  });
  it("reports the containers in the line quote, and refuses more than twenty as too large", () => {
    expect(quoteLine({ weightG: 8_000_000, box: boxOf(70_000) }, fcl)).toMatchObject({ costFen: 5_700_000, containers: { c20: 1, c40: 1 } });
    expect(quoteLine({ weightG: 8_000_000, box: boxOf(1_300_000) }, fcl)).toMatchObject({ costFen: null, refusal: "tooLarge" });
  });
});

describe("rail and truck freight per kg", () => {
  it("charges per chargeable kg above the minimum", () => {
    // 900 kg actual in 1.5 m³: volume weight 1,500,000 cm³ / 3000 = 500 kg; 900 kg x 14 yuan.
    expect(quoteLine({ weightG: 900_000, box: boxOf(1500) }, railKg)).toMatchObject({ chargeableWeightG: 900_000, costFen: 900 * 1400 });
  });
  it("charges the minimum for 30 kg", () => {
    expect(quoteLine({ weightG: 30_000, box: boxOf(50) }, railKg).costFen).toBe(140_000);
  });
  it("is too heavy over its maximum weight, too large when only the volume exceeds it", () => {
    expect(quoteLine({ weightG: 21_000_000, box: boxOf(20_000) }, railKg).refusal).toBe("tooHeavy");
    expect(quoteLine({ weightG: 1_000_000, box: boxOf(61_000) }, railKg).refusal).toBe("tooLarge");
  });
});

describe("a courier line", () => {
  it("says too heavy for heavy goods and too large for light bulky ones", () => {
    expect(quoteLine({ weightG: 31_000, box: boxOf(10) }, courier).refusal).toBe("tooHeavy");
    expect(quoteLine({ weightG: 5_000, box: boxOf(400) }, courier).refusal).toBe("tooLarge"); // 80 kg by volume
  });
});

describe("2,000 EVA yoga blocks (220 g, 23 x 15 x 7.6 cm each)", () => {
  const parcel = estimateParcel([{ weightG: 220, box: { lengthMm: 230, widthMm: 150, heightMm: 76 }, quantity: 2000 }]);
  const input: QuoteInput = {
    lines: [{ skuId: 1, listingId: 7, quantity: 2000, skuDeltaFen: 0, quotedUnitPriceFen: null }],
    listings: [{ id: 7, tiers: [{ minQty: 100, unitPriceFen: 900 }], moq: 100, factoryId: 1, factoryProvince: "Zhejiang", weightG: 220, box: { lengthMm: 230, widthMm: 150, heightMm: 76 }, hsCode: "950691" }],
    warehouseProvince: "Zhejiang",
    agent: { serviceFeeBps: 500, minServiceFeeFen: 3000 },
    shippingLine: lcl,
    dutyBps: new Map(),
    currency: "USD",
    ratePerCny: "0.14",
  };

  it("are too heavy for a courier (440 kg)", () => {
    expect(parcel.weightG).toBe(440_000);
    expect(quoteCheckout({ ...input, shippingLine: courier })).toMatchObject({ intlFen: null, intlRefusal: "tooHeavy" });
  });
  it("go by sea LCL at about 6 freight tons, cheaper than a container", () => {
    const q = quoteCheckout(input);
    expect(q.parcel.freightTonsMilli).toBeGreaterThan(5900);
    expect(q.parcel.freightTonsMilli).toBeLessThan(6100);
    expect(q.intlFen).toBe(Math.round((q.parcel.freightTonsMilli! * 60_000) / 1000));
    expect(q.intlFen!).toBeLessThan(quoteCheckout({ ...input, shippingLine: fcl }).intlFen!);
    expect(q.estimatedTotalMinor).toBe(q.firstPaymentMinor + q.intlMinor! + q.dutyMinor);
  });
});
