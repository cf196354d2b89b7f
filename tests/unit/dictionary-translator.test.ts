// The offline Chinese -> English translator on titles, option values and attributes as factories
// write them: segmentation + our glossary + CC-CEDICT. Loads the real dictionary (a second or two).
import { beforeAll, describe, expect, it } from "vitest";
import { createDictionaryProvider } from "@/lib/translate/offline/dictionary-provider";
import { cleanGloss } from "@/lib/translate/offline/cedict";

const provider = createDictionaryProvider();
const en = async (text: string) => (await provider.translate([text], "zh", "en"))[0];

beforeAll(async () => {
  await en("预热"); // loads the dictionary once for the file
}, 120_000);

describe("Chinese titles into English", () => {
  it("reads a yoga block title word by word, our glossary before the dictionary", async () => {
    expect(await en("2024新款EVA瑜伽砖高密度防滑瑜伽块批发")).toBe("2024 new EVA yoga block high-density non-slip yoga block wholesale");
  });
  it("keeps numbers with their units and counted packs", async () => {
    expect(await en("不锈钢保温杯大容量便携户外运动水杯500毫升")).toBe("Stainless steel insulated cup large-capacity portable outdoor sports water cup 500 ml");
    expect(await en("加厚家用收纳盒10个装")).toBe("Thickened household storage box pack of 10");
  });
  it("translates words the glossary does not know from CC-CEDICT", async () => {
    expect(await en("蓝牙耳机无线降噪")).toBe("Bluetooth earphones wireless noise reduction");
    expect(await en("厨房")).toBe("Kitchen");
  });
  it("passes Latin brand and model words through and converts Chinese punctuation", async () => {
    expect(await en("儿童透气跑步鞋，男女运动鞋")).toBe("Kids' breathable running shoes, unisex sports shoes");
  });
});

describe("option values and attributes", () => {
  it("translates colours, dropping the 色 English leaves out", async () => {
    expect(await en("天蓝色")).toBe("Sky blue");
    expect(await en("深蓝色")).toBe("Dark blue");
    expect(await en("浅灰色")).toBe("Light grey");
  });
  it("uses the reviewed glossary for materials and sizes", async () => {
    expect(await en("硅胶")).toBe("Silicone");
    expect(await en("高密度EVA")).toBe("High-density EVA");
  });
});

describe("honesty", () => {
  it("leaves other language pairs untranslated: no offline engine exists for them", async () => {
    expect(await provider.translate(["天蓝色"], "zh", "ru")).toEqual([null]);
    expect(await provider.translate(["Sky blue"], "en", "zh")).toEqual([null]);
  });
  it("does not gloss sentences word by word (descriptions, messages)", async () => {
    expect(await en("高密度EVA材质，防滑耐用，适合初学者。")).toBeNull();
  });
  it("does not keep a text it cannot mostly cover", async () => {
    expect(await en("㐀㐁㐂㐃")).toBeNull();
  });
  it("cleans a dictionary sense to a short gloss", () => {
    expect(cleanGloss("to fold; to collapse")).toBe("fold");
    expect(cleanGloss("cell phone case (protective)")).toBe("cell phone case");
  });
});
