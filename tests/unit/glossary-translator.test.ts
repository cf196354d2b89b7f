import { describe, expect, it } from "vitest";
import { chainProviders } from "@/lib/translate/chain-providers";
import { createGlossaryProvider } from "@/lib/translate/glossary-provider";
import type { TranslationProvider } from "@/lib/translate/types";

const glossary = createGlossaryProvider();

describe("glossary translator", () => {
  it("translates colours, sizes and materials from Chinese into every locale", async () => {
    expect(await glossary.translate(["红色", "XL", "不锈钢", "均码"], "zh", "en")).toEqual(["Red", "XL", "Stainless steel", "One size"]);
    expect(await glossary.translate(["红色", "不锈钢"], "zh", "mn")).toEqual(["Улаан", "Зэвэрдэггүй ган"]);
    expect(await glossary.translate(["红色", "不锈钢"], "zh", "ar")).toEqual(["أحمر", "فولاذ مقاوم للصدأ"]);
    expect(await glossary.translate(["藏青色"], "zh", "vi")).toEqual(["Xanh than"]);
  });

  it("translates attribute names and values, and option axis names", async () => {
    expect(await glossary.translate(["材质", "产地", "包装方式", "彩盒", "颜色", "尺码"], "zh", "fr")).toEqual([
      "Matière", "Origine", "Emballage", "Boîte couleur", "Couleur", "Taille",
    ]);
  });

  it("ignores case, width and spacing, and reads English words in a Chinese listing", async () => {
    expect(await glossary.translate([" ＲＥＤ ", "stainless  steel"], "zh", "ja")).toEqual(["レッド", "ステンレス鋼"]);
  });

  it("translates numbers with units of measure, with the target's decimal separator", async () => {
    expect(await glossary.translate(["500毫升", "1.5升", "30×20×10厘米", "2米", "10-20公斤"], "zh", "en")).toEqual([
      "500 ml", "1.5 L", "30 × 20 × 10 cm", "2 m", "10–20 kg",
    ]);
    expect(await glossary.translate(["1.5升", "500毫升"], "zh", "ru")).toEqual(["1,5 л", "500 мл"]);
    expect(await glossary.translate(["500 ml", "12 W"], "en", "zh")).toEqual(["500毫升", "12瓦"]);
    expect(await glossary.translate(["39码", "47码"], "zh", "en")).toEqual(["EU 39", "EU 47"]);
  });

  it("translates a list of known terms, and nothing of a list with an unknown one", async () => {
    expect(await glossary.translate(["纯棉/涤纶", "红色、黑色", "红色/龙纹"], "zh", "en")).toEqual([
      "Cotton, Polyester", "Red, Black", null,
    ]);
  });

  it("returns free text as null (untranslated) and keeps empty text", async () => {
    expect(await glossary.translate(["新款硅胶手机壳批发 防摔", "", "质量很好"], "zh", "en")).toEqual([null, "", null]);
  });

  it("translates between any two locales, not only from Chinese", async () => {
    expect(await glossary.translate(["Rouge", "Coton"], "fr", "ko")).toEqual(["레드", "면"]);
    expect(await glossary.translate(["Красный"], "ru", "zh")).toEqual(["红色"]);
  });

  it("returns the texts themselves when source and target are the same", async () => {
    expect(await glossary.translate(["随便什么"], "zh", "zh")).toEqual(["随便什么"]);
  });
});

describe("chained translators", () => {
  it("passes only what the glossary left untranslated to the next translator", async () => {
    const seen: string[][] = [];
    const machine: TranslationProvider = {
      name: "fake",
      async translate(texts) {
        seen.push([...texts]);
        return texts.map((t) => (t === "无法翻译" ? null : `MT(${t})`));
      },
    };
    const chain = chainProviders(glossary, machine);
    expect(chain.name).toBe("glossary+fake");
    expect(await chain.translate(["红色", "新款手机壳", "无法翻译"], "zh", "en")).toEqual(["Red", "MT(新款手机壳)", null]);
    expect(seen).toEqual([["新款手机壳", "无法翻译"]]);
  });
});
