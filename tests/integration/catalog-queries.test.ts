import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { descendantIds, findCategory, getCategoryTree } from "@/lib/catalog/categories";
import { getFactoryProfile } from "@/lib/catalog/factory-profile";
import { listListingCards } from "@/lib/catalog/listing-cards";
import { getListingDetail } from "@/lib/catalog/listing-detail";
import { getCurrentRates } from "@/lib/catalog/rates";
import { listShippingLines } from "@/lib/shipping/shipping-lines";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("category tree", () => {
  it("names every category in the locale and counts listings of its subtree", async () => {
    const tree = await getCategoryTree(database.db, "zh");
    expect(tree.length).toBe(12);
    const [active] = await database.db.select({ n: sql<number>`count(*)::int` }).from(s.listings).where(eq(s.listings.status, "active"));
    expect(tree.reduce((sum, c) => sum + c.listingCount, 0)).toBe(active.n);
    for (const root of tree) {
      expect(root.name).toMatch(/[\u4e00-\u9fff]/);
      expect(root.listingCount).toBe(root.children.reduce((sum, c) => sum + c.listingCount, 0));
    }
  });
});

describe("listing cards", () => {
  it("lists only a category's subtree, all active", async () => {
    const tree = await getCategoryTree(database.db, "en");
    const phone = findCategory(tree, { slug: "phone-accessories" })!.node;
    const { items, total } = await listListingCards(database.db, "en", { categoryIds: descendantIds(phone) }, { limit: 500, withTotal: true });
    expect(total).toBe(phone.listingCount);
    expect(items.length).toBe(total);
    const rows = await database.db
      .select({ id: s.listings.id, status: s.listings.status, categoryId: s.listings.categoryId })
      .from(s.listings)
      .where(inArray(s.listings.id, items.map((i) => i.id)));
    for (const r of rows) {
      expect(r.status).toBe("active");
      expect(descendantIds(phone)).toContain(r.categoryId);
    }
  });

  it("sorts by price both ways and by sales", async () => {
    const up = (await listListingCards(database.db, "en", {}, { sort: "price_asc", limit: 50 })).items.map((i) => i.priceMinFen);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = (await listListingCards(database.db, "en", {}, { sort: "price_desc", limit: 50 })).items.map((i) => i.priceMinFen);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    const sold = (await listListingCards(database.db, "en", {}, { sort: "popular", limit: 50 })).items.map((i) => i.soldCount);
    expect(sold).toEqual([...sold].sort((a, b) => b - a));
  });

  it("filters by price range and by every chosen tag", async () => {
    const { items } = await listListingCards(database.db, "en", { priceMinFen: 1000, priceMaxFen: 3000, tags: ["eco"] }, { limit: 500 });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.priceMinFen).toBeGreaterThanOrEqual(1000);
      expect(item.priceMinFen).toBeLessThanOrEqual(3000);
      expect(item.tags).toContain("eco");
    }
  });

  it("pages without overlap", async () => {
    const first = await listListingCards(database.db, "en", {}, { limit: 24, offset: 0 });
    const second = await listListingCards(database.db, "en", {}, { limit: 24, offset: 24 });
    const ids = new Set(first.items.map((i) => i.id));
    expect(second.items.some((i) => ids.has(i.id))).toBe(false);
  });

  it("falls back to English with the right lang when a locale lacks a translation", async () => {
    const [missing] = await database.db.execute<{ id: number }>(sql`
      select l.id from listings l where l.status = 'active'
      and not exists (select 1 from listing_translations t where t.listing_id = l.id and t.locale = 'mn') limit 1`).then((r) =>
      Array.isArray(r) ? r : (r as unknown as { rows: { id: number }[] }).rows,
    );
    expect(missing).toBeDefined();
    const detail = await getListingDetail(database.db, Number(missing.id), "mn");
    expect(detail!.title.untranslated).toBe(true);
    expect(detail!.title.locale).toBe("en");
    const cards = await listListingCards(database.db, "mn", { words: [] }, { limit: 1000 });
    const card = cards.items.find((c) => c.id === Number(missing.id));
    expect(card?.untranslated).toBe(true);
    expect(card?.titleLocale).toBe("en");
  });

  it("finds a Chinese title by a substring without spaces", async () => {
    const [t] = await database.db.select().from(s.listingTranslations).where(eq(s.listingTranslations.locale, "zh")).limit(1);
    // Three characters from inside the title's longest run of Chinese (no space in Chinese text).
    const run = (t.title.match(/[\u4e00-\u9fff]+/g) ?? []).sort((a, b) => b.length - a.length)[0] ?? "";
    const word = run.slice(1, 4);
    expect(word).toHaveLength(3);
    const { items } = await listListingCards(database.db, "en", { words: [word] }, { limit: 500 });
    expect(items.map((i) => i.id)).toContain(t.listingId);
  });
});

describe("listing detail", () => {
  it("returns tiers in order, SKUs with availability and the option matrix", async () => {
    const [withTwoAxes] = await database.db.execute<{ listing_id: number }>(sql`
      select listing_id from listing_options group by listing_id having count(*) = 2 limit 1`).then((r) =>
      Array.isArray(r) ? r : (r as unknown as { rows: { listing_id: number }[] }).rows,
    );
    const detail = (await getListingDetail(database.db, Number(withTwoAxes.listing_id), "ja"))!;
    expect(detail.tiers.map((t) => t.minQty)).toEqual([...detail.tiers.map((t) => t.minQty)].sort((a, b) => a - b));
    expect(detail.options.length).toBe(2);
    expect(detail.skus.length).toBe(detail.options[0].values.length * detail.options[1].values.length);
    for (const sku of detail.skus) expect(sku.optionValueIds.length).toBe(2);
    expect(detail.title.locale).toBe("ja");
    expect(detail.original.locale).toBe("zh");
  });

  it("hides drafts and unknown ids", async () => {
    const [draft] = await database.db.select({ id: s.listings.id }).from(s.listings).where(eq(s.listings.status, "draft")).limit(1);
    expect(draft).toBeDefined();
    expect(await getListingDetail(database.db, draft.id, "en")).toBeNull();
    expect(await getListingDetail(database.db, 987654321, "en")).toBeNull();
  });
});

describe("factory profile, rates and shipping lines", () => {
  it("gives a factory's profile with its active listings counted", async () => {
    const [f] = await database.db.select().from(s.factories).limit(1);
    const profile = (await getFactoryProfile(database.db, f.organisationId, "fr"))!;
    const [count] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(s.listings)
      .where(and(eq(s.listings.factoryId, f.organisationId), eq(s.listings.status, "active")));
    expect(profile.listingCount).toBe(count.n);
    expect(profile.about?.locale).toBe("fr");
    expect(await getFactoryProfile(database.db, 987654321, "fr")).toBeNull();
  });

  it("reads the current rate of every currency as an exact decimal string", async () => {
    const rates = await getCurrentRates(database.db);
    expect(rates.CNY.ratePerCny).toMatch(/^1(\.0+)?$/);
    expect(Number(rates.JPY.ratePerCny)).toBeGreaterThan(10);
    await database.db.insert(s.exchangeRates).values({ currency: "USD", ratePerCny: "0.15", source: "test", fetchedAt: new Date(Date.now() + 86_400_000) });
    expect((await getCurrentRates(database.db)).USD.ratePerCny).toMatch(/^0\.150*$/);
  });

  it("lists shipping lines with their countries and localized names", async () => {
    const lines = await listShippingLines(database.db, "ru");
    expect(lines.length).toBeGreaterThanOrEqual(12);
    const truck = lines.find((l) => l.mode === "truck" && l.countries.includes("MN"));
    expect(truck?.name).toMatch(/[\u0400-\u04FF]/);
  });
});
