import { describe, expect, it } from "vitest";
import { factoryOnboardingSchema } from "@/lib/factories/factory-schema";
import { isLicenceNumber, licenceCheckCharacter, normaliseLicenceNumber } from "@/lib/factories/licence-number";
import { parsePriceDeltaYuan } from "@/lib/listings/price-delta";

describe("unified social credit code", () => {
  it("accepts real codes and refuses a changed character", () => {
    for (const code of ["91350100M000100Y43", "91110000802100433B", "914403001922038216"]) expect(isLicenceNumber(code)).toBe(true);
    expect(isLicenceNumber("91350100M000100Y44")).toBe(false);
    expect(isLicenceNumber("91350100M000100Y4")).toBe(false);
    expect(isLicenceNumber("91350100I000100Y43")).toBe(false); // I is not in the alphabet
  });

  it("is typed with spaces, dashes or in lower case", () => {
    expect(normaliseLicenceNumber(" 9135 0100-m000 100y43 ")).toBe("91350100M000100Y43");
    expect(licenceCheckCharacter("91350100M000100Y4")).toBe("3");
  });
});

describe("onboarding form", () => {
  it("keys each problem for the message next to its field", () => {
    const result = factoryOnboardingSchema.safeParse({
      nameZh: "  ", nameEn: "恒达", province: "Zhejiang", city: "Ningbo", foundedYear: "20x9", licenceNumber: "123", mainCategoryIds: ["1", "2", "3", "4", "5", "6"],
    });
    expect(result.success).toBe(false);
    const first: Record<string, string> = {};
    for (const issue of result.error!.issues) first[String(issue.path[0])] ??= issue.message; // the form shows the first
    expect(first).toEqual({
      nameZh: "required", nameEn: "onboardingNameEn", foundedYear: "onboardingFoundedYear", licenceNumber: "onboardingLicence", mainCategoryIds: "onboardingCategories",
    });
  });
});

describe("price difference typed in yuan", () => {
  it("reads signs and up to two decimals into whole fen", () => {
    expect(parsePriceDeltaYuan("-3.5")).toBe(-350);
    expect(parsePriceDeltaYuan("+2")).toBe(200);
    expect(parsePriceDeltaYuan("0,80")).toBe(80);
    expect(parsePriceDeltaYuan("\u22121")).toBe(-100);
    expect(parsePriceDeltaYuan("")).toBe(0);
    expect(parsePriceDeltaYuan("1.234")).toBeNull();
    expect(parsePriceDeltaYuan("abc")).toBeNull();
  });
});
