import { describe, expect, it } from "vitest";
import { activeFilters, parseSearchState, searchHref } from "@/lib/search/search-params";
import { arabicWordStart, bigramsOf, cjkBigrams, normalize, parseQuery } from "@/lib/search/text";

describe("query parsing", () => {
  it("lower-cases, folds full-width forms and splits on spaces and punctuation", () => {
    expect(normalize("  ＳＩＬＩＣＯＮＥ   Case ")).toBe("silicone case");
    expect(parseQuery("Silicone, phone-case!").map((t) => t.text)).toEqual(["silicone", "phone", "case"]);
  });
  it("keeps Chinese without spaces as one term with its bigrams", () => {
    const [term] = parseQuery("手机壳");
    expect(term).toEqual({ text: "手机壳", cjk: true, bigrams: ["手机", "机壳"] });
  });
  it("separates a CJK run from Latin letters written against it", () => {
    expect(parseQuery("iphone手机壳").map((t) => t.text)).toEqual(["iphone", "手机壳"]);
  });
  it("drops one-letter Latin terms but keeps a one-character CJK term", () => {
    expect(parseQuery("a b 壳").map((t) => t.text)).toEqual(["壳"]);
  });
  it("keeps Mongolian and Arabic words", () => {
    expect(parseQuery("гар утасны гэр").map((t) => t.text)).toEqual(["гар", "утасны", "гэр"]);
    expect(parseQuery("كوب قهوة").map((t) => t.cjk)).toEqual([false, false]);
  });
  it("removes duplicates and caps the number of terms", () => {
    expect(parseQuery("cup cup cup").length).toBe(1);
    expect(parseQuery("aa bb cc dd ee ff gg hh").length).toBe(6);
  });
  it("indexes every two-character run of CJK text", () => {
    expect(bigramsOf("硅胶手机壳")).toEqual(["硅胶", "胶手", "手机", "机壳"]);
    expect(cjkBigrams("新款 硅胶手机壳 iPhone")).toEqual(["新款", "硅胶", "胶手", "手机", "机壳"]);
    expect(cjkBigrams("no cjk here")).toEqual([]);
  });
});

describe("search URL state", () => {
  it("parses filters and ignores garbage", () => {
    const s = parseSearchState({ q: "mug", cat: "home-kitchen", min: "1,5", max: "x", moq: "100", prov: "Zhejiang", verified: "1", tags: "eco,nope", sort: "price_asc", page: "2" });
    expect(s).toMatchObject({ q: "mug", category: "home-kitchen", min: "1.5", max: undefined, moq: 100, province: "Zhejiang", verified: true, tags: ["eco"], sort: "price_asc", page: 2 });
    expect(parseSearchState({ q: "x", cat: "../../etc", prov: "<script>", sort: "hack", page: "-1", moq: "0" })).toMatchObject({
      category: undefined, province: undefined, sort: "relevance", page: 1, moq: undefined,
    });
  });
  it("round-trips through the URL", () => {
    const s = parseSearchState({ q: "手机壳", tags: "oem,eco", verified: "1", page: "3" });
    const url = new URL(searchHref("zh", s), "http://x");
    expect(parseSearchState(Object.fromEntries(url.searchParams))).toEqual(s);
  });
  it("lists each active filter with the state that removes it", () => {
    const s = parseSearchState({ q: "mug", verified: "1", tags: "eco,oem", page: "4" });
    const filters = activeFilters(s);
    expect(filters.map((f) => f.key)).toEqual(["verified", "tag", "tag"]);
    expect(filters[0].without).toMatchObject({ verified: false, tags: ["eco", "oem"], page: 1 });
    expect(filters[1].without.tags).toEqual(["oem"]);
  });
});

describe("Arabic words", () => {
  const cup = new RegExp(arabicWordStart("كوب"));
  it("match where a word starts, after the particles joined to it", () => {
    for (const text of ["كوب قهوة", "طقم الكوب", "بالكوب", "للكوب", "وكوب", "(كوب)"]) expect(cup.test(text), text).toBe(true);
  });
  it("do not match inside another word", () => {
    expect(cup.test("خوذة ركوب الدراجات")).toBe(false);
  });
});
