import { describe, expect, it } from "vitest";
import {
  generateCombinations, mergeSkuMatrix, skuCode, validateSkuMatrix, valueKeyFromLabel, type MatrixAxis,
} from "@/lib/catalog/sku-matrix";

const value = (key: string, zh: string, en?: string) => ({ key, label: en ? { zh, en } : { zh } });
const colour: MatrixAxis = { axis: "color", values: [value("red", "红色", "Red"), value("black", "黑色", "Black")] };
const size: MatrixAxis = { axis: "size", values: [value("m", "M"), value("l", "L"), value("xl", "XL")] };
const tiers = [
  { minQty: 10, unitPriceFen: 1250 },
  { minQty: 50, unitPriceFen: 1100 },
  { minQty: 200, unitPriceFen: 980 },
];
const keysOf = (issues: { key: string }[]) => issues.map((i) => i.key);

describe("SKU matrix", () => {
  it("makes one combination per pair of colour and size, first axis slowest", () => {
    expect(generateCombinations([colour, size])).toEqual([
      ["red", "m"], ["red", "l"], ["red", "xl"], ["black", "m"], ["black", "l"], ["black", "xl"],
    ]);
  });

  it("makes a single SKU for a listing without options", () => {
    expect(generateCombinations([])).toEqual([[]]);
    expect(skuCode([])).toBe("STD");
    expect(skuCode(["red", "xl"])).toBe("RED-XL");
  });

  it("derives value keys from labels in any script", () => {
    expect(valueKeyFromLabel(" Navy Blue ")).toBe("navy-blue");
    expect(valueKeyFromLabel("红色")).toBe("红色");
    expect(valueKeyFromLabel("ＸＬ")).toBe("xl");
    expect(valueKeyFromLabel("38 / EU")).toBe("38-eu");
    expect(valueKeyFromLabel("a very long colour name indeed").length).toBeLessThanOrEqual(18);
  });

  it("accepts a valid matrix", () => {
    const skus = mergeSkuMatrix([colour, size], []);
    expect(validateSkuMatrix([colour, size], skus, tiers, "zh")).toEqual([]);
  });

  it("refuses more than three axes and more than 100 combinations", () => {
    const axis = (name: string, n: number): MatrixAxis => ({
      axis: name, values: Array.from({ length: n }, (_, i) => value(`v${i}`, `值${i}`)),
    });
    expect(keysOf(validateSkuMatrix([axis("a", 2), axis("b", 2), axis("c", 2), axis("d", 2)], [], tiers, "zh")))
      .toContain("options.tooManyAxes");
    const big = validateSkuMatrix([axis("color", 11), axis("size", 10)], [], tiers, "zh");
    expect(big).toContainEqual({ path: ["skus"], key: "skus.tooManyCombinations", params: { count: 110, max: 100 } });
    expect(validateSkuMatrix([axis("color", 10), axis("size", 10)], [], tiers, "zh")).toEqual([]);
  });

  it("refuses duplicate axis names, duplicate and empty values", () => {
    const issues = validateSkuMatrix(
      [
        { axis: "color", values: [value("red", "红色"), value("red-2", " 红色 "), value("x", "")] },
        { axis: "color", values: [value("m", "M")] },
        { axis: "size", values: [] },
      ],
      [],
      tiers,
      "zh",
    );
    expect(issues).toContainEqual({ path: ["options", 0, "values", 1, "label"], key: "options.valueDuplicate" });
    expect(issues).toContainEqual({ path: ["options", 0, "values", 2, "label"], key: "options.valueRequired" });
    expect(issues).toContainEqual({ path: ["options", 1, "axis"], key: "options.axisDuplicate" });
    expect(issues).toContainEqual({ path: ["options", 2, "values"], key: "options.valuesRequired" });
  });

  it("refuses the same value key twice and keys that cannot be codes", () => {
    const issues = validateSkuMatrix(
      [{ axis: "color", values: [value("red", "红"), value("red", "大红"), value("Bad Key", "坏")] }], [], tiers, "zh",
    );
    expect(issues).toContainEqual({ path: ["options", 0, "values", 1, "label"], key: "options.valueDuplicate" });
    expect(issues).toContainEqual({ path: ["options", 0, "values", 2, "key"], key: "options.valueKeyInvalid" });
  });

  it("refuses negative, fractional stock and fractional price differences", () => {
    const issues = validateSkuMatrix(
      [colour],
      [
        { keys: ["red"], stock: -1, priceDeltaFen: 0 },
        { keys: ["black"], stock: 2.5, priceDeltaFen: 10.5 },
      ],
      tiers,
      "zh",
    );
    expect(issues).toEqual([
      { path: ["skus", 0, "stock"], key: "skus.stockInvalid" },
      { path: ["skus", 1, "stock"], key: "skus.stockInvalid" },
      { path: ["skus", 1, "priceDeltaFen"], key: "skus.priceDeltaInvalid" },
    ]);
  });

  it("allows a negative price difference while the cheapest tier stays above zero", () => {
    expect(validateSkuMatrix([colour], [{ keys: ["red"], stock: 1, priceDeltaFen: -979 }], tiers, "zh")).toEqual([]);
    expect(validateSkuMatrix([colour], [{ keys: ["red"], stock: 1, priceDeltaFen: -980 }], tiers, "zh")).toEqual([
      { path: ["skus", 0, "priceDeltaFen"], key: "skus.priceNotPositive", params: { minQty: 200, unitPriceFen: 0 } },
    ]);
  });

  it("refuses SKUs of combinations that are not in the matrix, or twice", () => {
    const issues = validateSkuMatrix(
      [colour, size],
      [
        { keys: ["red", "s"], stock: 1, priceDeltaFen: 0 },
        { keys: ["red", "m"], stock: 1, priceDeltaFen: 0 },
        { keys: ["red", "m"], stock: 2, priceDeltaFen: 0 },
      ],
      tiers,
      "zh",
    );
    expect(issues).toEqual([
      { path: ["skus", 0], key: "skus.unknownCombination" },
      { path: ["skus", 2], key: "skus.duplicate" },
    ]);
  });

  it("keeps stock and price of combinations that still exist when a size is added and a colour removed", () => {
    const existing = [
      { keys: ["red", "m"], stock: 5, priceDeltaFen: 0 },
      { keys: ["red", "l"], stock: 7, priceDeltaFen: 20 },
      { keys: ["black", "m"], stock: 9, priceDeltaFen: 0 },
    ];
    const next: MatrixAxis[] = [
      { axis: "color", values: [value("red", "红色")] },
      { axis: "size", values: [value("m", "M"), value("l", "L"), value("xxl", "XXL")] },
    ];
    expect(mergeSkuMatrix(next, existing, [{ keys: ["red", "m"], stock: 50, priceDeltaFen: -10 }])).toEqual([
      { keys: ["red", "m"], stock: 50, priceDeltaFen: -10 },
      { keys: ["red", "l"], stock: 7, priceDeltaFen: 20 },
      { keys: ["red", "xxl"], stock: 0, priceDeltaFen: 0 },
    ]);
  });

  it("finds codes that two different combinations would share", () => {
    const issues = validateSkuMatrix(
      [
        { axis: "color", values: [value("a-b", "甲乙"), value("a", "甲")] },
        { axis: "size", values: [value("c", "丙"), value("b-c", "乙丙")] },
      ],
      [],
      tiers,
      "zh",
    );
    expect(keysOf(issues)).toEqual(["options.ambiguousValues"]);
  });
});
