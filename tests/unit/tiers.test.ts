import { describe, expect, it } from "vitest";
import { moqShortfall, nextTier, tierForQuantity, unitPriceFen, validateTiers } from "@/lib/pricing/tiers";

const tiers = [
  { minQty: 1, unitPriceFen: 1250 },
  { minQty: 50, unitPriceFen: 1100 },
  { minQty: 200, unitPriceFen: 980 },
];

describe("tier selection", () => {
  it("picks the highest break not above the total quantity", () => {
    expect(tierForQuantity(tiers, 1)?.unitPriceFen).toBe(1250);
    expect(tierForQuantity(tiers, 49)?.unitPriceFen).toBe(1250);
    expect(tierForQuantity(tiers, 50)?.unitPriceFen).toBe(1100);
    expect(tierForQuantity(tiers, 199)?.unitPriceFen).toBe(1100);
    expect(tierForQuantity(tiers, 200)?.unitPriceFen).toBe(980);
    expect(tierForQuantity(tiers, 10_000)?.unitPriceFen).toBe(980);
  });
  it("does not depend on the order tiers are given in", () => {
    expect(tierForQuantity([...tiers].reverse(), 60)?.unitPriceFen).toBe(1100);
  });
  it("has no tier below the first break", () => {
    expect(tierForQuantity([{ minQty: 10, unitPriceFen: 500 }], 9)).toBeNull();
  });
  it("adds the SKU's own price difference to the tier price", () => {
    expect(unitPriceFen(tiers, 60, 150)).toBe(1250);
    expect(unitPriceFen(tiers, 60, -100)).toBe(1000);
  });
});

describe("next tier and MOQ", () => {
  it("tells how many units reach the next break and what it saves", () => {
    expect(nextTier(tiers, 30)).toEqual({ tier: tiers[1], missingQuantity: 20, savingPerUnitFen: 150 });
    expect(nextTier(tiers, 50)).toEqual({ tier: tiers[2], missingQuantity: 150, savingPerUnitFen: 120 });
    expect(nextTier(tiers, 200)).toBeNull();
  });
  it("counts the MOQ shortfall on the total", () => {
    expect(moqShortfall(100, 40)).toBe(60);
    expect(moqShortfall(100, 100)).toBe(0);
    expect(moqShortfall(100, 150)).toBe(0);
  });
});

describe("tier validation", () => {
  it("accepts increasing quantities with falling prices", () => {
    expect(validateTiers(tiers, 1)).toEqual([]);
  });
  it("accepts equal prices across breaks", () => {
    expect(validateTiers([{ minQty: 1, unitPriceFen: 100 }, { minQty: 10, unitPriceFen: 100 }], 1)).toEqual([]);
  });
  it("rejects an empty table", () => {
    expect(validateTiers([], 1)).toEqual([{ code: "empty" }]);
  });
  it("rejects quantities that do not increase", () => {
    expect(validateTiers([{ minQty: 10, unitPriceFen: 100 }, { minQty: 10, unitPriceFen: 90 }], 10)).toContainEqual({
      code: "quantities_not_increasing",
      index: 1,
    });
  });
  it("rejects a price that rises with quantity", () => {
    expect(validateTiers([{ minQty: 1, unitPriceFen: 100 }, { minQty: 10, unitPriceFen: 120 }], 1)).toContainEqual({
      code: "price_increases",
      index: 1,
    });
  });
  it("rejects zero or negative quantities and prices", () => {
    const problems = validateTiers([{ minQty: 0, unitPriceFen: 0 }], 1);
    expect(problems).toContainEqual({ code: "quantity_not_positive", index: 0 });
    expect(problems).toContainEqual({ code: "price_not_positive", index: 0 });
  });
  it("rejects an MOQ below the first break", () => {
    expect(validateTiers([{ minQty: 10, unitPriceFen: 100 }], 5)).toContainEqual({
      code: "moq_below_first_tier",
      moq: 5,
      firstMinQty: 10,
    });
  });
});
