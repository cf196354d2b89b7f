// A listing a factory writes in Chinese only is readable and findable in English as soon as it is
// published, without any translation engine: a job enqueued by the publish translates it offline,
// stored as `machine`, and refreshes its search row. Other locales fall back to that English.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listingAttributes, listingOptionValues, listingOptions, listingTranslations } from "@/db/schema";
import { getListingDetail } from "@/lib/catalog/listing-detail";
import { drainJobs } from "@/lib/jobs/drain-jobs";
import { publishListing } from "@/lib/listings/publish-listing";
import { TRANSLATE_LISTING_JOB } from "@/lib/listings/translate-listing-job";
import { saveListing } from "@/lib/listings/save-listing";
import { searchKeyword } from "@/lib/search/postgres-engine";
import { attachSeedPhoto, listingInput, openFactoryTestDatabase } from "../fixtures/factory-data";
import type { TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let factoryA: number;
let category: number;
beforeAll(async () => {
  ({ database, factoryA, category } = await openFactoryTestDatabase());
}, 300_000);
afterAll(async () => database?.close());

describe("publishing a Chinese-only listing", () => {
  it("is found by an English keyword at once, with a machine English title, option values and attributes", async () => {
    const db = database.db;
    const input = listingInput(category, {
      title: "2024新款EVA瑜伽砖高密度防滑瑜伽块批发",
      description: "高密度EVA材质，防滑耐用，适合初学者。",
      attributes: [{ key: "material", value: "高密度EVA" }],
      options: [{ axis: "color", values: [{ label: "天蓝色" }, { label: "浅灰色" }] }],
      skus: [{ keys: ["天蓝色"], stock: 500, priceDeltaFen: 0 }, { keys: ["浅灰色"], stock: 500, priceDeltaFen: 0 }],
    });
    const { listingId } = await saveListing(db, factoryA, input);
    await attachSeedPhoto(db, listingId);
    const search = () => searchKeyword(db, { q: "yoga block non-slip", locale: "en", sort: "relevance", page: 1, pageSize: 50 });
    expect((await search()).items.some((i) => i.id === listingId)).toBe(false);

    await publishListing(db, factoryA, listingId);
    // The translation job was enqueued in the publish transaction; the worker runs it moments later.
    const report = await drainJobs(database, { names: [TRANSLATE_LISTING_JOB] });
    expect(report).toMatchObject({ completed: 1, failed: 0 });

    const found = (await search()).items.find((i) => i.id === listingId);
    expect(found).toMatchObject({ title: "2024 new EVA yoga block high-density non-slip yoga block wholesale", titleLocale: "en", titleOrigin: "machine" });
    const [en] = await db.select().from(listingTranslations).where(and(eq(listingTranslations.listingId, listingId), eq(listingTranslations.locale, "en")));
    expect(en.origin).toBe("machine");

    const labels = await db
      .select({ label: listingOptionValues.label })
      .from(listingOptionValues)
      .innerJoin(listingOptions, eq(listingOptions.id, listingOptionValues.optionId))
      .where(eq(listingOptions.listingId, listingId));
    expect(labels.map((l) => l.label.en).sort()).toEqual(["Light grey", "Sky blue"]);
    const [material] = await db.select().from(listingAttributes).where(and(eq(listingAttributes.listingId, listingId), eq(listingAttributes.locale, "en")));
    expect(material).toMatchObject({ value: "High-density EVA", origin: "machine" });

    // The listing page in Russian falls back to the English machine title, and keeps the original
    // Chinese description (the offline translator does not pretend to translate free text).
    const page = await getListingDetail(db, listingId, "ru");
    expect(page!.title).toMatchObject({ text: "2024 new EVA yoga block high-density non-slip yoga block wholesale", locale: "en", origin: "machine", untranslated: true });
    expect(page!.description).toMatchObject({ text: "高密度EVA材质，防滑耐用，适合初学者。", locale: "zh", untranslated: true });
    expect(page!.original.title).toBe("2024新款EVA瑜伽砖高密度防滑瑜伽块批发");
  }, 300_000);
});
