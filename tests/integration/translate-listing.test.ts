import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listingAttributes, listingOptionValues, listingOptions, listingTranslations } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { saveListing } from "@/lib/listings/save-listing";
import { translateListing } from "@/lib/listings/translate-listing";
import { chainProviders } from "@/lib/translate/chain-providers";
import { createGlossaryProvider } from "@/lib/translate/glossary-provider";
import type { TranslationProvider } from "@/lib/translate/types";
import { listingInput, openFactoryTestDatabase } from "../fixtures/factory-data";
import type { TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let factoryA: number;
let factoryB: number;
let category: number;
beforeAll(async () => {
  ({ database, factoryA, factoryB, category } = await openFactoryTestDatabase());
});
afterAll(async () => database?.close());

/** A stand-in machine translator for free text: "[ko] 原文". */
const machine = (calls: string[] = []): TranslationProvider => ({
  name: "fake-mt",
  async translate(texts, _from, to) {
    calls.push(...texts.map((t) => `${to}:${t}`));
    return texts.map((t) => `[${to}] ${t}`);
  },
});

const translations = (listingId: number) =>
  database.db.select().from(listingTranslations).where(eq(listingTranslations.listingId, listingId));
const attribute = (listingId: number, locale: string) =>
  database.db
    .select()
    .from(listingAttributes)
    .where(and(eq(listingAttributes.listingId, listingId), eq(listingAttributes.locale, locale)))
    .then((rows) => rows[0]);
const labels = (listingId: number) =>
  database.db
    .select({ key: listingOptionValues.key, label: listingOptionValues.label })
    .from(listingOptionValues)
    .innerJoin(listingOptions, eq(listingOptions.id, listingOptionValues.optionId))
    .where(eq(listingOptions.listingId, listingId));

describe("translating a listing", () => {
  it("fills attributes and option values from the glossary, and flags the free-text title as untranslated", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const report = await translateListing(database.db, factoryA, listingId, createGlossaryProvider());

    expect(report.untranslated).toContainEqual({ locale: "en", field: "title" });
    expect(report.untranslated).toContainEqual({ locale: "en", field: "description" });
    expect(report.translated).toContainEqual({ locale: "en", field: "attribute:material" });
    expect(await translations(listingId)).toHaveLength(1); // only the source
    expect(await attribute(listingId, "en")).toMatchObject({ value: "Stainless steel", origin: "machine" });
    expect(await attribute(listingId, "ar")).toMatchObject({ value: "فولاذ مقاوم للصدأ", origin: "machine" });
    const byKey = Object.fromEntries((await labels(listingId)).map((l) => [l.key, l.label]));
    expect(byKey["红色"]).toMatchObject({ zh: "红色", en: "Red", ru: "Красный", ja: "レッド" });
    expect(byKey["500ml"]).toMatchObject({ zh: "500毫升", en: "500 ml", ru: "500 мл" });
  });

  it("stores machine text in every missing locale, never over a human or source translation", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    await database.db.insert(listingTranslations).values({ listingId, locale: "en", title: "Vacuum cup", description: "By a person.", origin: "human" });
    await database.db.insert(listingAttributes).values({ listingId, key: "material", locale: "fr", value: "Inox", origin: "human" });

    const calls: string[] = [];
    await translateListing(database.db, factoryA, listingId, chainProviders(createGlossaryProvider(), machine(calls)));
    const rows = await translations(listingId);
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.locale === "zh")).toMatchObject({ origin: "source", title: "不锈钢保温杯 500毫升 批发" });
    expect(rows.find((r) => r.locale === "en")).toMatchObject({ origin: "human", title: "Vacuum cup" });
    expect(rows.find((r) => r.locale === "mn")).toMatchObject({ origin: "machine", title: "[mn] 不锈钢保温杯 500毫升 批发", description: "[mn] 双层真空，保温12小时。" });
    expect(await attribute(listingId, "fr")).toMatchObject({ value: "Inox", origin: "human" });
    expect(await attribute(listingId, "de")).toBeUndefined();
    // The glossary translated the material and the colours: the machine translator never saw them.
    expect(calls.some((c) => c.endsWith(":不锈钢") || c.endsWith(":红色"))).toBe(false);
    expect(calls).not.toContain("en:不锈钢保温杯 500毫升 批发");

    // A second run replaces machine text (the source may have changed), still not the human one.
    await translateListing(database.db, factoryA, listingId, {
      name: "other-mt",
      translate: async (texts, _f, to) => texts.map((t) => `{${to}} ${t}`),
    });
    const again = await translations(listingId);
    expect(again.find((r) => r.locale === "mn")?.title).toBe("{mn} 不锈钢保温杯 500毫升 批发");
    expect(again.find((r) => r.locale === "en")).toMatchObject({ origin: "human", title: "Vacuum cup" });
  });

  it("translates only the locales asked for", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const report = await translateListing(database.db, factoryA, listingId, machine(), { locales: ["vi"] });
    expect(new Set(report.translated.map((t) => t.locale))).toEqual(new Set(["vi"]));
    expect((await translations(listingId)).map((r) => r.locale).sort()).toEqual(["vi", "zh"]);
  });

  it("does not translate another factory's listing", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    await expect(translateListing(database.db, factoryB, listingId, machine())).rejects.toBeInstanceOf(NotFoundError);
    expect(await translations(listingId)).toHaveLength(1);
  });
});
