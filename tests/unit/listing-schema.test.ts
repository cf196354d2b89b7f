import { describe, expect, it } from "vitest";
import { fieldIssues, listingSchema, toMatrixAxes } from "@/lib/listings/listing-schema";

const valid = {
  title: "硅胶手机壳",
  categoryId: 3,
  unit: "piece",
  moq: 10,
  weightG: 40,
  packedSizeMm: { length: 160, width: 80, height: 15 },
  leadTimeDays: 5,
  options: [{ axis: "color", values: [{ label: "红色" }, { label: "黑色" }] }],
  skus: [{ keys: ["红色"], stock: 10, priceDeltaFen: -100 }],
  tiers: [{ minQty: 10, unitPriceFen: 800 }, { minQty: 100, unitPriceFen: 650 }],
};

const issues = (input: unknown) => {
  const result = listingSchema.safeParse(input);
  return result.success ? [] : fieldIssues(result.error);
};

describe("listing form schema", () => {
  it("accepts a complete listing and fills the defaults", () => {
    const result = listingSchema.safeParse({ ...valid, externalOfferId: " 612345678901 " });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({ sourceLocale: "zh", description: "", attributes: [], tags: [], hsCode: null, externalOfferId: "612345678901" });
    expect(toMatrixAxes(result.data.options, "zh")[0].values.map((v) => v.key)).toEqual(["红色", "黑色"]);
  });

  it("answers every problem with a message key, never with English text", () => {
    const found = issues({
      title: 42, categoryId: "x", unit: "crate", moq: 1.5, weightG: -1, packedSizeMm: null, leadTimeDays: 400,
      externalOfferId: "abc", hsCode: "12", tags: ["nope"], attributes: [{ key: "Material!", value: "" }],
      options: [{ axis: "smell", values: "x" }], skus: "x", tiers: [{ minQty: 0, unitPriceFen: "1" }],
    });
    expect(found.length).toBeGreaterThan(10);
    for (const issue of found) expect(issue.key, JSON.stringify(issue)).toMatch(/^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/);
    expect(found).toContainEqual({ path: ["unit"], key: "unit.invalid" });
    expect(found).toContainEqual({ path: ["externalOfferId"], key: "externalOfferId.invalid" });
    expect(found).toContainEqual({ path: ["tags", 0], key: "tags.unknown" });
    expect(found).toContainEqual({ path: ["options", 0, "axis"], key: "options.axisUnknown" });
  });

  it("checks tiers against each other and the MOQ", () => {
    expect(issues({ ...valid, moq: 5 })).toEqual([{ path: ["moq"], key: "moq.belowFirstTier", params: { moq: 5, firstMinQty: 10 } }]);
    expect(issues({ ...valid, tiers: [{ minQty: 10, unitPriceFen: 800 }, { minQty: 100, unitPriceFen: 900 }] })).toEqual([
      { path: ["tiers", 1], key: "tiers.priceIncreases" },
    ]);
    expect(issues({ ...valid, tiers: [] })).toEqual([]); // a draft may have no price yet
  });

  it("checks the SKU matrix: price differences stay above zero at every tier, keys exist", () => {
    expect(issues({ ...valid, skus: [{ keys: ["红色"], stock: 1, priceDeltaFen: -650 }] })).toEqual([
      { path: ["skus", 0, "priceDeltaFen"], key: "skus.priceNotPositive", params: { minQty: 100, unitPriceFen: 0 } },
    ]);
    expect(issues({ ...valid, skus: [{ keys: ["蓝色"], stock: 1, priceDeltaFen: 0 }] })).toEqual([{ path: ["skus", 0], key: "skus.unknownCombination" }]);
  });

  it("refuses the same attribute twice", () => {
    expect(issues({ ...valid, attributes: [{ key: "material", value: "硅胶" }, { key: "material", value: "TPU" }] })).toEqual([
      { path: ["attributes", 1, "key"], key: "attributes.keyDuplicate" },
    ]);
  });
});
