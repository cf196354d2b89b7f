// Search that used to miss: Chinese queries without spaces, a typo in the second word, factory
// names; and suggestions that group near-identical titles and offer queries and factories.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { findFactories } from "@/lib/search/find-factories";
import { refreshSuggestions } from "@/lib/search/refresh-suggestions";
import { searchKeyword, suggest } from "@/lib/search/postgres-engine";
import type { KeywordQuery } from "@/lib/search/types";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const search = (q: string, extra: Partial<KeywordQuery> = {}) =>
  searchKeyword(database.db, { q, locale: "en", sort: "relevance", page: 1, pageSize: 100, ...extra });
const ids = (r: { items: { id: number }[] }) => r.items.map((i) => i.id).sort((a, b) => a - b);

describe("Chinese queries are segmented into words", () => {
  it("finds for 手机壳批发 what 手机壳 批发 finds", async () => {
    const spaced = await search("手机壳 批发", { locale: "zh" });
    expect(spaced.total).toBeGreaterThan(0);
    const joined = await search("手机壳批发", { locale: "zh" });
    expect(joined.mode).toBe("exact");
    expect(ids(joined)).toEqual(ids(spaced));
  });
});

describe("typos", () => {
  it("finds yoga blocks when the second word is mistyped", async () => {
    const right = await search("yoga block");
    expect(right.total).toBeGreaterThan(0);
    const typo = await search("yoga blok");
    expect(typo.mode).toBe("fuzzy");
    expect(ids(typo)).toEqual(expect.arrayContaining(ids(right)));
    for (const item of typo.items) expect(item.title.toLowerCase()).toContain("yoga");
  });
});

describe("factories by name", () => {
  it.each([["Yiwu Xingchen"], ["yiwu xingchen daily"], ["Xingchen"], ["义乌"], ["星辰"], ["义乌市星辰"]])("finds Yiwu Xingchen for %j", async (q) => {
    const found = await findFactories(database.db, "en", q);
    expect(found.map((f) => f.name)).toContain("Yiwu Xingchen Daily Products Co., Ltd.");
  });
  it("names the factory in the page's language and finds nothing for company boilerplate", async () => {
    const [zh] = await findFactories(database.db, "zh", "xingchen");
    expect(zh.name).toBe("义乌市星辰日用品有限公司");
    expect(zh.listingCount).toBeGreaterThan(0);
    expect(await findFactories(database.db, "en", "co., ltd.")).toEqual([]);
    expect(await findFactories(database.db, "zh", "有限公司")).toEqual([]);
    expect(await findFactories(database.db, "en", "yi")).toEqual([]);
  });
});

describe("suggestions", () => {
  it("groups near-identical titles into one suggestion per product name", async () => {
    const ear = await suggest(database.db, "en", "ear");
    const queries = ear.filter((s) => s.kind === "query");
    expect(queries.length).toBeGreaterThan(1);
    // No suggestion is another one plus trimmings ("… – Wholesale", "…, Hot Sale").
    for (const a of queries) for (const b of queries) if (a !== b) expect(b.text.startsWith(a.text)).toBe(false);
    expect(new Set(ear.map((s) => s.text.toLowerCase())).size).toBe(ear.length);
    for (const q of queries) expect(q.text).not.toMatch(/ – |,/);
  });
  it("suggests products for 耳机, not only the category", async () => {
    const zh = await suggest(database.db, "zh", "耳机");
    const queries = zh.filter((s) => s.kind === "query");
    expect(queries.length).toBeGreaterThan(0);
    for (const q of queries) expect(q.text).toContain("耳机");
  });
  it("suggests factories by any word of their name", async () => {
    for (const [locale, q, name] of [
      ["en", "xingch", "Yiwu Xingchen Daily Products Co., Ltd."],
      ["zh", "星辰", "义乌市星辰日用品有限公司"],
    ] as const) {
      const factory = (await suggest(database.db, locale, q)).find((s) => s.kind === "factory");
      expect(factory).toMatchObject({ text: name });
      expect(factory!.factoryId).toBeGreaterThan(0);
    }
  });
});

describe("suggestions at scale", () => {
  it("weighs a product name sold by many listings past 2^31 units without failing", async () => {
    // At a million listings one product name's summed sales overflowed a 32-bit integer and the
    // whole refresh failed: the weight is capped instead.
    await database.db.execute(sql`update listing_search set sold_count = 2000000000`);
    await database.db.execute(sql`update listings set sold_count = 2000000000`);
    await refreshSuggestions(database.db);
    const top = await suggest(database.db, "en", "yo");
    expect(top.length).toBeGreaterThan(0);
  });
});
