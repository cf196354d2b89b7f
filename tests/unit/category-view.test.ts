import { describe, expect, it } from "vitest";
import { categoryViewSegment, parseCategoryView, serializeCategoryView, viewFromSegment } from "@/lib/catalog/category-view";

const parse = (query: string) => parseCategoryView(new URLSearchParams(query));

describe("category view in the URL", () => {
  it("defaults to best selling, page 1, no filters", () => {
    expect(parse("")).toEqual({ sort: "popular", tags: [], reliable: false, page: 1, min: undefined, max: undefined });
    expect(categoryViewSegment(new URLSearchParams(""))).toBe("all");
  });
  it("keeps only known sorts, valid tags and sane pages", () => {
    expect(parse("sort=cheapest&page=-3&tag=eco&tag=nonsense").sort).toBe("popular");
    expect(parse("page=-3").page).toBe(1);
    expect(parse("page=2.5").page).toBe(1);
    expect(parse("page=99999").page).toBe(500);
    expect(parse("tag=eco&tag=nonsense&tag=eco").tags).toEqual(["eco"]);
  });
  it("accepts decimal prices with a comma or a dot and drops garbage", () => {
    expect(parse("min=12,5&max=0020").min).toBe("12.5");
    expect(parse("min=12,5&max=0020").max).toBe("20");
    expect(parse("min=abc&max=1e9").min).toBeUndefined();
    expect(parse("max=1e9").max).toBeUndefined();
  });
  it("gives one canonical segment for equivalent query strings", () => {
    const a = categoryViewSegment(new URLSearchParams("tag=oem&tag=eco&sort=newest&utm_source=x"));
    const b = categoryViewSegment(new URLSearchParams("sort=newest&tags=eco,oem"));
    expect(a).toBe(b);
    expect(viewFromSegment(a)).toEqual(parse("sort=newest&tags=eco,oem"));
  });
  it("round-trips through the segment", () => {
    const view = parse("sort=price_asc&min=5&max=20&tags=low-moq&page=3");
    expect(viewFromSegment(categoryViewSegment(new URLSearchParams(serializeCategoryView(view))))).toEqual(view);
  });
});
