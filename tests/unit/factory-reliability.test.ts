// The published reliability figures (lib/warehouse/reliability.ts): edge cases of the one formula,
// the "reliable" bar at its limits, the ranking rule, and the filter kept in the URL.
import { describe, expect, it } from "vitest";
import { parseCategoryView, serializeCategoryView, viewFromSegment, categoryViewSegment } from "@/lib/catalog/category-view";
import { rankingScore, RELIABLE_ADVANTAGE_BPS } from "@/lib/pricing/landed-cost";
import { activeFilters, parseSearchState, searchHref, searchStateFromSegment, searchStateSegment } from "@/lib/search/search-params";
import { hasEnoughData, isReliable, MIN_CHECKED_LINES, reliability, type QcFact } from "@/lib/warehouse/reliability";

const ok = (n: number, expected = 10): QcFact[] => Array.from({ length: n }, () => ({ failed: false, counted: expected, expected }));
const po = (days: number | null, placed = "2026-03-01T00:00:00Z") => {
  const placedAt = new Date(placed);
  return { placedAt, shippedAt: days == null ? null : new Date(placedAt.getTime() + days * 86_400_000) };
};

describe("reliability figures", () => {
  it("has no rates and no days without facts, and is neither enough data nor reliable", () => {
    const r = reliability([], []);
    expect(r).toEqual({ checkedLines: 0, qcFailureRate: null, countMismatchRate: null, shortShipmentRate: null, medianDaysToShip: null, meanDaysToShip: null, shippedOrders: 0 });
    expect(hasEnoughData(r)).toBe(false);
    expect(isReliable(r)).toBe(false);
  });

  it("tells short from over: both are count mismatches, only short is a short shipment", () => {
    const r = reliability([{ failed: false, counted: 8, expected: 10 }, { failed: false, counted: 12, expected: 10 }, ...ok(2)], []);
    expect(r.countMismatchRate).toBe(0.5);
    expect(r.shortShipmentRate).toBe(0.25);
    expect(r.qcFailureRate).toBe(0);
  });

  it("takes the median of an odd and an even count of shipments, ignores unshipped orders, never counts negative days", () => {
    expect(reliability([], [po(1), po(9), po(3), po(null)])).toMatchObject({ medianDaysToShip: 3, meanDaysToShip: 4.3, shippedOrders: 3 });
    expect(reliability([], [po(1), po(4)])).toMatchObject({ medianDaysToShip: 2.5, meanDaysToShip: 2.5, shippedOrders: 2 });
    // A shipment dated before its order (clock skew) is 0 days, not negative.
    expect(reliability([], [po(-2)])).toMatchObject({ medianDaysToShip: 0, shippedOrders: 1 });
    // Hours count: 36 hours is 1.5 days.
    expect(reliability([], [po(1.5)]).medianDaysToShip).toBe(1.5);
  });

  it("needs MIN_CHECKED_LINES checked lines before it publishes or calls a factory reliable", () => {
    const fast = [po(2)];
    expect(isReliable(reliability(ok(MIN_CHECKED_LINES - 1), fast))).toBe(false);
    expect(hasEnoughData(reliability(ok(MIN_CHECKED_LINES - 1), fast))).toBe(false);
    expect(isReliable(reliability(ok(MIN_CHECKED_LINES), fast))).toBe(true);
  });

  it("draws the bar at 5 % QC failures, 10 % count mismatches and a 7-day median, limits included", () => {
    const fast = [po(7)];
    const failing = (n: number) => [...ok(20 - n), ...Array.from({ length: n }, () => ({ failed: true, counted: 10, expected: 10 }))];
    expect(isReliable(reliability(failing(1), fast))).toBe(true); // 5 %
    expect(isReliable(reliability(failing(2), fast))).toBe(false); // 10 %
    const miscounted = (n: number) => [...ok(20 - n), ...Array.from({ length: n }, () => ({ failed: false, counted: 9, expected: 10 }))];
    expect(isReliable(reliability(miscounted(2), fast))).toBe(true); // 10 %
    expect(isReliable(reliability(miscounted(3), fast))).toBe(false); // 15 %
    expect(isReliable(reliability(ok(20), [po(7.04)]))).toBe(true); // 7.0 after rounding to a tenth
    expect(isReliable(reliability(ok(20), [po(7.2)]))).toBe(false);
    // Without any shipment in the window there are no days: not reliable, however clean the checks.
    expect(isReliable(reliability(ok(20), []))).toBe(false);
  });
});

describe("the ranking rule", () => {
  it("gives a reliable factory 3 % of landed unit cost, no more", () => {
    expect(RELIABLE_ADVANTAGE_BPS).toBe(300);
    expect(rankingScore(1030, true)).toBeLessThan(rankingScore(1000, false) + 1);
    expect(rankingScore(1031, true)).toBeGreaterThan(rankingScore(1000, false));
    expect(rankingScore(1000, false)).toBe(1000 * 10_000);
  });
});

describe("the reliable filter in the URL", () => {
  it("round-trips on search, shows as an active filter and is part of the cached page's segment", () => {
    const state = parseSearchState({ q: "mug", reliable: "1" });
    expect(state.reliable).toBe(true);
    expect(searchHref("en", state)).toBe("/en/search?q=mug&reliable=1");
    expect(activeFilters(state).map((f) => f.key)).toContain("reliable");
    expect(activeFilters(state).find((f) => f.key === "reliable")!.without.reliable).toBe(false);
    const segment = searchStateSegment(new URLSearchParams("reliable=1&q=mug"));
    expect(segment).not.toBe(searchStateSegment(new URLSearchParams("q=mug")));
    expect(searchStateFromSegment(segment).reliable).toBe(true);
    expect(parseSearchState({ q: "mug", reliable: "yes" }).reliable).toBe(false);
  });

  it("round-trips on category pages", () => {
    const view = parseCategoryView(new URLSearchParams("reliable=1&sort=newest"));
    expect(view.reliable).toBe(true);
    expect(serializeCategoryView(view)).toBe("sort=newest&reliable=1");
    expect(viewFromSegment(categoryViewSegment(new URLSearchParams("reliable=1"))).reliable).toBe(true);
    expect(parseCategoryView(new URLSearchParams("")).reliable).toBe(false);
  });
});
