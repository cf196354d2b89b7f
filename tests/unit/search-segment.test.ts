import { describe, expect, it } from "vitest";
import {
  imageSearchFromSegment,
  imageSearchSegment,
  searchHref,
  searchStateFromSegment,
  searchStateSegment,
} from "@/lib/search/search-params";

const seg = (query: string) => searchStateSegment(new URLSearchParams(query));

describe("the search's cache segment (what the proxy rewrites a search to)", () => {
  it("is one segment per search, whatever the parameter order, defaults or unknown parameters", () => {
    const a = seg("q=phone%20case&verified=1&sort=price_asc&tags=eco,low-moq");
    expect(seg("sort=price_asc&tags=low-moq,eco&q=phone+case&verified=1&utm_source=x")).toBe(a);
    expect(seg("q=phone case&verified=1&sort=price_asc&tags=eco&tag=low-moq&page=1")).toBe(a);
    expect(a).not.toContain("/");
    expect(seg("q=phone case&verified=1&sort=price_desc&tags=eco,low-moq")).not.toBe(a);
  });

  it("gives back the same state, Chinese and Arabic queries included", () => {
    for (const query of ["q=手机壳&cat=phone-cases&min=1.5&max=20&moq=100&prov=Guangdong&stock=1&page=3", "q=جراب هاتف&sort=newest", "q=a%2Fb%3Fc%26d"]) {
      const params = new URLSearchParams(query);
      const state = searchStateFromSegment(searchStateSegment(params));
      expect(searchHref("en", state)).toBe(searchHref("en", searchStateFromSegment(searchStateSegment(new URLSearchParams(searchHref("en", state).split("?")[1])))));
      expect(state.q).toBe(params.get("q"));
    }
    expect(searchStateFromSegment(seg("q=%E6%89%8B%E6%9C%BA%E5%A3%B3&page=2"))).toMatchObject({ q: "手机壳", page: 2 });
  });

  it("is `all` for an empty search", () => {
    expect(seg("")).toBe("all");
    expect(seg("q=%20%20&sort=newest")).toBe("all");
    expect(searchStateFromSegment("all").q).toBe("");
  });

  it("keeps only a valid photo hash and colour signature for image results", () => {
    expect(imageSearchSegment(new URLSearchParams("h=00AB301010103000&c=AFACA8&x=1"))).toBe("00ab301010103000-afaca8");
    expect(imageSearchFromSegment("00ab301010103000-afaca8")).toEqual({ h: "00ab301010103000", c: "afaca8" });
    expect(imageSearchSegment(new URLSearchParams("h=nothex&c=afaca8"))).toBe("all");
    expect(imageSearchFromSegment("all")).toEqual({ h: null, c: "" });
  });
});
