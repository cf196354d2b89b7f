import { describe, expect, it } from "vitest";
import {
  chargeableWeightG, estimateParcel, lineCostFen, quoteLine, roundUpToStep, volumetricWeightG,
} from "@/lib/shipping/chargeable-weight";

const air = {
  firstWeightG: 500, firstPriceFen: 12000, stepG: 500, stepPriceFen: 4500, volumetricDivisor: 5000, maxWeightG: 30000,
};
const truck = {
  firstWeightG: 1000, firstPriceFen: 1800, stepG: 1000, stepPriceFen: 900, volumetricDivisor: 6000, maxWeightG: 500000,
};

describe("volumetric weight", () => {
  it("is L x W x H / divisor", () => {
    // 30 x 20 x 10 cm = 6000 cm3; / 6000 = 1 kg
    expect(volumetricWeightG({ lengthMm: 300, widthMm: 200, heightMm: 100 }, 6000)).toBe(1000);
    expect(volumetricWeightG({ lengthMm: 300, widthMm: 200, heightMm: 100 }, 5000)).toBe(1200);
  });
  it("rounds a fraction of a gram up", () => {
    expect(volumetricWeightG({ lengthMm: 11, widthMm: 11, heightMm: 11 }, 6000)).toBe(1);
  });
});

describe("chargeable weight", () => {
  it("takes the actual weight when heavier, rounded up to the step", () => {
    expect(chargeableWeightG(1234, { lengthMm: 100, widthMm: 100, heightMm: 100 }, air)).toBe(1500);
  });
  it("takes the volumetric weight when the box is light but large", () => {
    // 50 x 40 x 30 cm = 60000 cm3 / 5000 = 12 kg, actual 3 kg
    expect(chargeableWeightG(3000, { lengthMm: 500, widthMm: 400, heightMm: 300 }, air)).toBe(12000);
  });
  it("never goes below the first weight", () => {
    expect(roundUpToStep(10, air)).toBe(500);
    expect(roundUpToStep(500, air)).toBe(500);
    expect(roundUpToStep(501, air)).toBe(1000);
  });
});

describe("line cost", () => {
  it("charges the first weight and then whole steps", () => {
    expect(lineCostFen(500, air)).toBe(12000);
    expect(lineCostFen(1000, air)).toBe(16500);
    expect(lineCostFen(2500, air)).toBe(12000 + 4 * 4500);
    expect(lineCostFen(7000, truck)).toBe(1800 + 6 * 900);
  });
  it("refuses a parcel over the line's maximum weight", () => {
    expect(lineCostFen(30500, air)).toBeNull();
  });
});

describe("consolidated parcel estimate", () => {
  it("adds weights and volumes of all units, with packing space", () => {
    const parcel = estimateParcel([
      { weightG: 200, box: { lengthMm: 100, widthMm: 100, heightMm: 100 }, quantity: 10 },
      { weightG: 50, box: { lengthMm: 100, widthMm: 50, heightMm: 20 }, quantity: 20 },
    ]);
    expect(parcel.weightG).toBe(3000);
    const volume = parcel.box.lengthMm * parcel.box.widthMm * parcel.box.heightMm;
    expect(volume).toBeGreaterThanOrEqual((10 * 1_000_000 + 20 * 100_000) * 1.15);
    expect(volume).toBeLessThan((10 * 1_000_000 + 20 * 100_000) * 1.16);
  });
  it("quotes the same parcel differently on air and truck", () => {
    const parcel = estimateParcel([{ weightG: 100, box: { lengthMm: 200, widthMm: 150, heightMm: 100 }, quantity: 20 }]);
    const onAir = quoteLine(parcel, air);
    const onTruck = quoteLine(parcel, truck);
    expect(onAir.chargeableWeightG).toBeGreaterThan(onTruck.chargeableWeightG);
    expect(onAir.costFen).not.toBeNull();
    expect(onTruck.costFen).toBeLessThan(onAir.costFen!);
  });
});
