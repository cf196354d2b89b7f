import { describe, expect, it } from "vitest";
import { PRICE_BAND_FLOORS_FEN, priceBand, priceBandKey, priceBandKeys } from "@/lib/search/filter-keys";

describe("price bands of the search index", () => {
  it("puts a price in the band whose floor it reaches, as width_bucket does", () => {
    expect(priceBand(0)).toBe(0);
    expect(priceBand(99)).toBe(0);
    expect(priceBand(100)).toBe(1);
    expect(priceBand(114)).toBe(1);
    expect(priceBand(115)).toBe(2);
    expect(priceBand(10 ** 9)).toBe(PRICE_BAND_FLOORS_FEN.length);
  });
  it("asks for every band a price range overlaps", () => {
    // 280 is in band 8 (floor 266), 625 in band 14 (floor 615).
    expect(priceBandKeys(280, 625)).toEqual([8, 9, 10, 11, 12, 13, 14].map(priceBandKey));
    expect(priceBandKeys(undefined, 99)).toEqual([priceBandKey(0)]);
    expect(priceBandKeys(9_000_000, undefined)).toEqual([priceBandKey(PRICE_BAND_FLOORS_FEN.length - 1), priceBandKey(PRICE_BAND_FLOORS_FEN.length)]);
  });
  it("leaves no range, an empty range and a very wide range to the row test", () => {
    expect(priceBandKeys(undefined, undefined)).toBeNull();
    expect(priceBandKeys(5000, 100)).toBeNull();
    expect(priceBandKeys(0, 1_000_000)).toBeNull();
  });
});
