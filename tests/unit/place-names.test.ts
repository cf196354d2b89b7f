import { describe, expect, it } from "vitest";
import { cityName, placeName, provinceName } from "@/lib/geo/place-names";
import { DEMO_RATE_SOURCE, rateSourceLabel } from "@/lib/money/rate-sources";

describe("Chinese place names in the reader's language", () => {
  it("writes provinces and cities in the reader's script, not in pinyin", () => {
    expect(placeName("Yiwu", "Zhejiang", "zh")).toBe("浙江义乌");
    expect(placeName("Yiwu", "Zhejiang", "ru")).toBe("Иу, Чжэцзян");
    expect(placeName("Shenzhen", "Guangdong", "mn")).toMatch(/^[\u0400-\u04FF ,]+$/);
    expect(placeName("Shenzhen", "Guangdong", "ar")).toMatch(/^[\u0600-\u06FF ،]+$/);
    expect(placeName("Yiwu", "Zhejiang", "en")).toBe("Yiwu, Zhejiang");
  });

  it("falls back to the Chinese name of any province on Chinese pages, and to the stored name elsewhere", () => {
    expect(provinceName("Sichuan", "zh")).toBe("四川");
    expect(provinceName("Sichuan", "ar")).toBe("Sichuan");
    expect(cityName("Chengdu", "zh")).toBe("Chengdu");
  });
});

describe("the exchange rates' source", () => {
  it("is translated when it is one we know", () => {
    const t = (key: string) => `«${key}»`;
    expect(rateSourceLabel(DEMO_RATE_SOURCE, t)).toBe("«rateSources.demo»");
    expect(rateSourceLabel("European Central Bank", t)).toBe("European Central Bank");
  });
});
