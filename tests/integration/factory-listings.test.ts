import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listingAttributes, listingOptionValues, listingOptions, listingPhotos, listings, listingSearch, listingTags,
  listingTranslations, priceTiers, skus,
} from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { archiveListing } from "@/lib/listings/archive-listing";
import { duplicateListing } from "@/lib/listings/duplicate-listing";
import { publishListing } from "@/lib/listings/publish-listing";
import { saveListing } from "@/lib/listings/save-listing";
import { attachSeedPhoto, listingInput, openFactoryTestDatabase, parentCategory } from "../fixtures/factory-data";
import { fulfilmentSetup, insertPaidOrder } from "../fixtures/paid-orders";
import type { TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let factoryA: number;
let factoryB: number;
let category: number;
beforeAll(async () => {
  ({ database, factoryA, factoryB, category } = await openFactoryTestDatabase());
});
afterAll(async () => database?.close());

const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
};

const skuRows = (listingId: number) =>
  database.db
    .select({ code: skus.code, stock: skus.stock, priceDeltaFen: skus.priceDeltaFen, active: skus.active })
    .from(skus)
    .where(eq(skus.listingId, listingId))
    .orderBy(asc(skus.code));

describe("saving a listing", () => {
  it("creates a draft with its text, attributes, tags, options, SKU matrix and tiers", async () => {
    const saved = await saveListing(database.db, factoryA, listingInput(category, { externalOfferId: "7001234567" }));
    expect(saved).toMatchObject({ status: "draft", sourceChanged: true });
    const id = saved.listingId;
    const [listing] = await database.db.select().from(listings).where(eq(listings.id, id));
    expect(listing).toMatchObject({
      factoryId: factoryA, status: "draft", sourceLocale: "zh", unit: "piece", moq: 10, weightG: 350,
      lengthMm: 80, widthMm: 80, heightMm: 240, leadTimeDays: 7, externalOfferId: "7001234567", priceMinFen: 1900,
    });
    expect(await database.db.select().from(listingTranslations).where(eq(listingTranslations.listingId, id))).toMatchObject([
      { locale: "zh", title: "不锈钢保温杯 500毫升 批发", origin: "source" },
    ]);
    expect(await database.db.select().from(listingAttributes).where(eq(listingAttributes.listingId, id))).toMatchObject([
      { key: "material", locale: "zh", value: "不锈钢", origin: "source" },
    ]);
    expect((await database.db.select().from(listingTags).where(eq(listingTags.listingId, id))).map((t) => t.tag).sort()).toEqual(["eco", "low-moq"]);
    const values = await database.db
      .select({ axis: listingOptions.axis, key: listingOptionValues.key, label: listingOptionValues.label })
      .from(listingOptionValues)
      .innerJoin(listingOptions, eq(listingOptions.id, listingOptionValues.optionId))
      .where(eq(listingOptions.listingId, id))
      .orderBy(asc(listingOptions.position), asc(listingOptionValues.position));
    expect(values).toEqual([
      { axis: "color", key: "红色", label: { zh: "红色" } },
      { axis: "color", key: "黑色", label: { zh: "黑色" } },
      { axis: "capacity", key: "500ml", label: { zh: "500毫升" } },
      { axis: "capacity", key: "750ml", label: { zh: "750毫升" } },
    ]);
    expect(await skuRows(id)).toEqual([
      { code: "红色-500ML", stock: 100, priceDeltaFen: 0, active: true },
      { code: "红色-750ML", stock: 50, priceDeltaFen: 300, active: true },
      { code: "黑色-500ML", stock: 80, priceDeltaFen: 0, active: true },
      { code: "黑色-750ML", stock: 0, priceDeltaFen: 300, active: true },
    ]);
    expect(await database.db.select().from(priceTiers).where(eq(priceTiers.listingId, id)).orderBy(asc(priceTiers.minQty))).toMatchObject([
      { minQty: 10, unitPriceFen: 2500 }, { minQty: 100, unitPriceFen: 2200 }, { minQty: 500, unitPriceFen: 1900 },
    ]);
  });

  it("keeps stock and price of combinations that survive a change of the matrix", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    await saveListing(
      database.db,
      factoryA,
      listingInput(category, {
        options: [
          { axis: "color", values: [{ key: "红色", label: "大红色" }] },
          { axis: "capacity", values: [{ key: "500ml", label: "500毫升" }, { key: "750ml", label: "750毫升" }, { label: "1升" }] },
        ],
        skus: [{ keys: ["红色", "1升"], stock: 30, priceDeltaFen: 600 }],
      }),
      listingId,
    );
    expect(await skuRows(listingId)).toEqual([
      { code: "红色-1升", stock: 30, priceDeltaFen: 600, active: true },
      { code: "红色-500ML", stock: 100, priceDeltaFen: 0, active: true },
      { code: "红色-750ML", stock: 50, priceDeltaFen: 300, active: true },
    ]);
    const [red] = await database.db
      .select({ label: listingOptionValues.label })
      .from(listingOptionValues)
      .innerJoin(listingOptions, eq(listingOptions.id, listingOptionValues.optionId))
      .where(and(eq(listingOptions.listingId, listingId), eq(listingOptionValues.key, "红色")));
    expect(red.label).toEqual({ zh: "大红色" });
  });

  it("answers with message keys and field paths, and writes nothing", async () => {
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(listings);
    const issues = await issuesOf(
      saveListing(
        database.db,
        factoryA,
        listingInput(category, {
          title: "  ",
          weightG: 0,
          tiers: [{ minQty: 10, unitPriceFen: 2500 }, { minQty: 5, unitPriceFen: 2600 }],
          skus: [{ keys: ["红色", "500ml"], stock: -1, priceDeltaFen: 0 }],
        }),
      ),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: ["title"], key: "title.required" },
        { path: ["weightG"], key: "weightG.invalid" },
        { path: ["skus", 0, "stock"], key: "skus.stockInvalid" },
      ]),
    );
    expect(await issuesOf(saveListing(database.db, factoryA, listingInput(category, {
      tiers: [{ minQty: 10, unitPriceFen: 2500 }, { minQty: 5, unitPriceFen: 2400 }],
    })))).toContainEqual({ path: ["tiers", 1], key: "tiers.notIncreasing" });
    expect(await issuesOf(saveListing(database.db, factoryA, listingInput(await parentCategory(database.db)))))
      .toEqual([{ path: ["categoryId"], key: "category.notLeaf" }]);
    expect(await issuesOf(saveListing(database.db, factoryA, listingInput(category, { externalOfferId: "7001234567" }))))
      .toEqual([{ path: ["externalOfferId"], key: "externalOfferId.taken" }]);
    expect(await database.db.select({ n: sql<number>`count(*)::int` }).from(listings)).toEqual(before);
  });

  it("refuses stock below what open orders have reserved", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    await database.db.update(skus).set({ reserved: 40 }).where(and(eq(skus.listingId, listingId), eq(skus.code, "红色-500ML")));
    const issues = await issuesOf(
      saveListing(database.db, factoryA, listingInput(category, { skus: [{ keys: ["红色", "500ml"], stock: 39, priceDeltaFen: 0 }] }), listingId),
    );
    expect(issues).toEqual([{ path: ["skus", 0, "stock"], key: "skus.stockBelowReserved", params: { reserved: 40 } }]);
  });

  it("drops machine translations of a source text that changed and keeps human ones", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    await database.db.insert(listingTranslations).values([
      { listingId, locale: "en", title: "Insulated cup", description: "Keeps warm.", origin: "human" },
      { listingId, locale: "fr", title: "Gobelet", description: "Garde au chaud.", origin: "machine" },
    ]);
    await database.db.insert(listingAttributes).values([
      { listingId, key: "material", locale: "en", value: "Stainless steel", origin: "machine" },
    ]);
    const unchanged = await saveListing(database.db, factoryA, listingInput(category), listingId);
    expect(unchanged.sourceChanged).toBe(false);
    expect(await database.db.select().from(listingTranslations).where(eq(listingTranslations.listingId, listingId))).toHaveLength(3);

    const changed = await saveListing(database.db, factoryA, listingInput(category, { title: "新款保温杯", attributes: [{ key: "material", value: "玻璃" }] }), listingId);
    expect(changed.sourceChanged).toBe(true);
    const rows = await database.db.select().from(listingTranslations).where(eq(listingTranslations.listingId, listingId));
    expect(rows.map((r) => [r.locale, r.origin]).sort()).toEqual([["en", "human"], ["zh", "source"]]);
    expect(await database.db.select().from(listingAttributes).where(eq(listingAttributes.listingId, listingId))).toMatchObject([
      { key: "material", locale: "zh", value: "玻璃" },
    ]);
  });
});

describe("SKUs that orders refer to", () => {
  it("are deactivated, not deleted, when their combination leaves the matrix; a returning combination is a new SKU", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const setup = await fulfilmentSetup(database.db);
    const [ordered] = await database.db.select().from(skus).where(and(eq(skus.listingId, listingId), eq(skus.code, "黑色-750ML")));
    await insertPaidOrder(database.db, setup, setup.agents[0][1], [{ skuId: ordered.id, quantity: 2 }]);

    const withoutBlack = listingInput(category, {
      options: [
        { axis: "color", values: [{ label: "红色" }] },
        { axis: "capacity", values: [{ key: "500ml", label: "500毫升" }, { key: "750ml", label: "750毫升" }] },
      ],
      skus: [],
    });
    await saveListing(database.db, factoryA, withoutBlack, listingId);
    const rows = await database.db.select().from(skus).where(eq(skus.listingId, listingId));
    expect(rows.filter((r) => r.active).map((r) => r.code).sort()).toEqual(["红色-500ML", "红色-750ML"]);
    expect(rows.find((r) => r.id === ordered.id)).toMatchObject({ active: false, code: `黑色-750ML~${ordered.id}` });
    expect(rows.some((r) => r.code === "黑色-500ML")).toBe(false); // never ordered: deleted

    await saveListing(database.db, factoryA, listingInput(category, { skus: [{ keys: ["黑色", "750ml"], stock: 9, priceDeltaFen: 300 }] }), listingId);
    const again = await database.db.select().from(skus).where(and(eq(skus.listingId, listingId), eq(skus.code, "黑色-750ML")));
    expect(again).toMatchObject([{ active: true, stock: 9 }]);
    expect((await database.db.select().from(skus).where(eq(skus.id, ordered.id)))[0]).toMatchObject({ active: false, code: `黑色-750ML~${ordered.id}` });
  });
});

describe("publishing, archiving and duplicating", () => {
  it("publishes only a complete listing, then it is searchable; archiving takes it out", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    expect(await issuesOf(publishListing(database.db, factoryA, listingId))).toEqual([{ path: ["photos"], key: "publish.photoMissing" }]);

    await attachSeedPhoto(database.db, listingId);
    await publishListing(database.db, factoryA, listingId);
    const [listing] = await database.db.select().from(listings).where(eq(listings.id, listingId));
    expect(listing.status).toBe("active");
    expect(listing.publishedAt).not.toBeNull();
    const [row] = await database.db.select().from(listingSearch).where(eq(listingSearch.listingId, listingId));
    expect(row).toMatchObject({ factoryId: factoryA, priceMinFen: 1900, inStock: true });
    expect(row.doc).toContain("不锈钢保温杯");
    expect(row.productGroup).not.toBeNull();

    // An active listing stays complete.
    expect(await issuesOf(saveListing(database.db, factoryA, listingInput(category, { tiers: [] }), listingId)))
      .toEqual([{ path: ["tiers"], key: "tiers.empty" }]);

    await archiveListing(database.db, factoryA, listingId);
    expect((await database.db.select().from(listings).where(eq(listings.id, listingId)))[0].status).toBe("archived");
    expect(await database.db.select().from(listingSearch).where(eq(listingSearch.listingId, listingId))).toEqual([]);
  });

  it("refuses to publish a listing without tiers or SKUs", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category, { tiers: [] }));
    await attachSeedPhoto(database.db, listingId);
    await database.db.delete(skus).where(eq(skus.listingId, listingId));
    expect(await issuesOf(publishListing(database.db, factoryA, listingId))).toEqual([
      { path: ["skus"], key: "publish.skuMissing" },
      { path: ["tiers"], key: "tiers.empty" },
    ]);
  });

  it("duplicates a listing as a draft with its SKUs, tiers, translations and the same photos", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category, { externalOfferId: "7009999999" }));
    await attachSeedPhoto(database.db, listingId);
    await database.db.insert(listingTranslations).values({ listingId, locale: "en", title: "Insulated cup", description: "", origin: "human" });
    await publishListing(database.db, factoryA, listingId);

    const copy = await duplicateListing(database.db, factoryA, listingId);
    expect(copy).not.toBe(listingId);
    const [listing] = await database.db.select().from(listings).where(eq(listings.id, copy));
    expect(listing).toMatchObject({ factoryId: factoryA, status: "draft", externalOfferId: null, publishedAt: null, priceMinFen: 1900 });
    expect(await skuRows(copy)).toEqual(await skuRows(listingId));
    const copiedSkus = await database.db.select().from(skus).where(eq(skus.listingId, copy));
    const copiedValues = await database.db
      .select({ id: listingOptionValues.id })
      .from(listingOptionValues)
      .innerJoin(listingOptions, eq(listingOptions.id, listingOptionValues.optionId))
      .where(eq(listingOptions.listingId, copy));
    const ownValueIds = new Set(copiedValues.map((v) => v.id));
    expect(copiedSkus.every((s) => s.optionValueIds.every((v) => ownValueIds.has(v)))).toBe(true);
    const translations = await database.db.select().from(listingTranslations).where(eq(listingTranslations.listingId, copy));
    expect(translations.map((t) => [t.locale, t.origin]).sort()).toEqual([["en", "human"], ["zh", "source"]]);
    const photos = (id: number) => database.db.select({ key: listingPhotos.storageKey, position: listingPhotos.position }).from(listingPhotos).where(eq(listingPhotos.listingId, id));
    expect(await photos(copy)).toEqual(await photos(listingId));
    expect((await database.db.select().from(priceTiers).where(eq(priceTiers.listingId, copy))).length).toBe(3);
  });
});

describe("tenant isolation", () => {
  it("treats another factory's listing as not found for every operation and leaves it unchanged", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    await attachSeedPhoto(database.db, listingId);
    const [before] = await database.db.select().from(listings).where(eq(listings.id, listingId));

    await expect(saveListing(database.db, factoryB, listingInput(category, { title: "抢来的" }), listingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishListing(database.db, factoryB, listingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(archiveListing(database.db, factoryB, listingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(duplicateListing(database.db, factoryB, listingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishListing(database.db, factoryA, 999_999)).rejects.toBeInstanceOf(NotFoundError);

    expect((await database.db.select().from(listings).where(eq(listings.id, listingId)))[0]).toEqual(before);
    const [text] = await database.db.select().from(listingTranslations).where(eq(listingTranslations.listingId, listingId));
    expect(text.title).toBe("不锈钢保温杯 500毫升 批发");
    expect(await database.db.select().from(listings).where(eq(listings.factoryId, factoryB)).then((rows) => rows.some((r) => r.id > listingId))).toBe(false);
  });
});
