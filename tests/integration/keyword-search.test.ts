import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import * as s from "@/db/schema";
import { PRICE_BAND_FLOORS_FEN, priceBand } from "@/lib/search/filter-keys";
import { maintainSearchOrder } from "@/lib/search/maintain-search-order";
import { RANK_TIERS } from "@/lib/search/rank-tiers";
import { searchKeyword, suggest } from "@/lib/search/postgres-engine";
import type { KeywordQuery } from "@/lib/search/types";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const search = (q: string, extra: Partial<KeywordQuery> = {}) =>
  searchKeyword(database.db, { q, locale: "en", sort: "relevance", page: 1, pageSize: 100, ...extra });

async function titlesOf(ids: number[], locale: string) {
  const rows = await database.db
    .select({ id: s.listingTranslations.listingId, title: s.listingTranslations.title })
    .from(s.listingTranslations)
    .where(sql`${s.listingTranslations.listingId} = any(${`{${ids.join(",")}}`}::int[]) and ${s.listingTranslations.locale} = ${locale}`);
  return rows.map((r) => r.title);
}

describe("keyword search", () => {
  it("finds a Chinese product name without spaces inside longer titles", async () => {
    const result = await search("手机壳", { locale: "zh" });
    expect(result.mode).toBe("exact");
    expect(result.total).toBeGreaterThan(0);
    for (const title of await titlesOf(result.items.map((i) => i.id), "zh")) expect(title).toContain("手机壳");
  });

  it("matches every translation: a Mongolian query finds a listing written in Chinese", async () => {
    const [mn] = await database.db.select().from(s.listingTranslations).where(eq(s.listingTranslations.locale, "mn")).limit(1);
    const word = mn.title.split(/\s+/).find((w) => /^[\u0400-\u04FF]{5,}$/.test(w))!;
    const result = await search(word, { locale: "mn" });
    expect(result.items.map((i) => i.id)).toContain(mn.listingId);
  });

  it("matches an Arabic word where a word starts, with its joined particles, not inside another word", async () => {
    const result = await search("كوب", { locale: "ar", pageSize: 960 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.facets.sampled).toBe(false);
    for (const title of await titlesOf(result.items.map((i) => i.id), "ar")) expect(title).toMatch(/(^|[\s(])(و|ف)?(ب|ك|ل|لل)?(ال)?كوب/);
    // "خوذة ركوب الدراجات" (cycling helmet) has "كوب" (cup) inside "ركوب" (riding).
    const riding = rowsOf<{ id: number }>(
      await database.db.execute(sql`select listing_id as id from listing_search where doc like '%ركوب%' and doc not like '%كوب %كوب%'`),
    );
    expect(riding.length).toBeGreaterThan(0);
    const found = new Set(result.items.map((i) => i.id));
    for (const { id } of riding) expect(found.has(id), `listing ${id}`).toBe(false);
  });

  it("finds partial words", async () => {
    const full = await search("silicone");
    const partial = await search("silico");
    expect(partial.total).toBe(full.total);
    expect(full.total).toBeGreaterThan(0);
  });

  it("tolerates a typo when nothing matches exactly", async () => {
    const result = await search("silcone");
    expect(result.mode).toBe("fuzzy");
    const silicone = new Set((await search("silicone")).items.map((i) => i.id));
    expect(result.items.some((i) => silicone.has(i.id))).toBe(true);
  });

  it("requires every word", async () => {
    const both = await search("silicone case");
    const one = await search("silicone");
    expect(both.total).toBeLessThanOrEqual(one.total);
    for (const title of await titlesOf(both.items.map((i) => i.id), "en")) expect(title.toLowerCase()).toMatch(/silicone/);
  });

  it("ranks exact matches by sales, then freshness", async () => {
    const result = await search("mug");
    const sold = result.items.map((i) => i.soldCount);
    expect(sold).toEqual([...sold].sort((a, b) => b - a));
  });

  it("keeps the same ranking once the index is rewritten in static-rank order", async () => {
    const before = (await search("set")).items.map((i) => i.id);
    await maintainSearchOrder(database.db);
    expect((await search("set")).items.map((i) => i.id)).toEqual(before);
  });

  it("puts the best sellers in the first rank tiers", async () => {
    await maintainSearchOrder(database.db);
    const tiers = rowsOf<{ tier: number; least: number; most: number }>(
      await database.db.execute(sql`select rank_tier::int as tier, min(sold_count)::int as least, max(sold_count)::int as most
        from listing_search group by 1 order by 1`),
    );
    expect(tiers.map((t) => t.tier)).toEqual(Array.from({ length: RANK_TIERS }, (_, i) => i + 1));
    for (let i = 1; i < tiers.length; i++) expect(tiers[i].most).toBeLessThanOrEqual(tiers[i - 1].least);
    // Each tier has its part of the search index.
    const parts = rowsOf<{ indexdef: string }>(
      await database.db.execute(sql`select indexdef from pg_indexes where tablename = 'listing_search' and indexdef like '%gin_trgm_ops%'`),
    );
    expect(parts.map((p) => /WHERE \(rank_tier = (\d+)\)/.exec(p.indexdef)?.[1]).sort()).toEqual(tiers.map((t) => String(t.tier)));
  });

  it("sorts by price both ways", async () => {
    const up = (await search("bag", { sort: "price_asc" })).items.map((i) => i.priceMinFen);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = (await search("bag", { sort: "price_desc" })).items.map((i) => i.priceMinFen);
    expect(down).toEqual([...down].sort((a, b) => b - a));
  });

  it("applies filters and counts facets on what matches", async () => {
    const all = await search("cotton");
    expect(all.total).toBeGreaterThan(3);
    const province = all.facets.provinces[0];
    const filtered = await search("cotton", { province: province.value, verifiedOnly: true, maxMoq: 100000 });
    expect(filtered.total).toBeLessThanOrEqual(province.count);
    expect(filtered.facets.provinces.map((p) => p.value)).toEqual([province.value]);
    for (const item of filtered.items) {
      expect(item.province).toBe(province.value);
      expect(item.verified).toBe(true);
    }
    const counted = all.facets.prices.reduce((sum, b) => sum + b.count, 0);
    expect(counted).toBe(all.total);
    expect(all.facets.verified).toBeLessThanOrEqual(all.total);
  });

  it("filters by price range, max MOQ, tag and category", async () => {
    const [cat] = await database.db.select().from(s.categories).where(eq(s.categories.slug, "home-kitchen"));
    const result = await search("set", { priceMinFen: 500, priceMaxFen: 5000, maxMoq: 300, tags: ["eco"], categoryId: cat.id });
    for (const item of result.items) {
      expect(item.priceMinFen).toBeGreaterThanOrEqual(500);
      expect(item.priceMinFen).toBeLessThanOrEqual(5000);
      expect(item.moq).toBeLessThanOrEqual(300);
      expect(item.tags).toContain("eco");
    }
  });

  it("finds through the index's filter keys exactly what the filters select row by row", async () => {
    const [cat] = await database.db.select().from(s.categories).where(eq(s.categories.slug, "home-kitchen"));
    const cases: Partial<KeywordQuery>[] = [
      { categoryId: cat.id, verifiedOnly: true },
      { inStockOnly: true, priceMinFen: 300, priceMaxFen: 2000 },
      { priceMinFen: 1076 }, // a band floor
      { priceMaxFen: 1075, verifiedOnly: true, inStockOnly: true },
    ];
    for (const filters of cases) {
      const [row] = rowsOf<{ n: number }>(
        await database.db.execute(sql`select count(*)::int as n from listing_search s where s.doc like '%set%'
          and (${filters.categoryId ?? null}::int is null or ${filters.categoryId ?? null}::int = any(s.category_ids))
          and (${filters.verifiedOnly ?? false} = false or s.verified) and (${filters.inStockOnly ?? false} = false or s.in_stock)
          and s.price_min_fen between ${filters.priceMinFen ?? 0} and ${filters.priceMaxFen ?? 2 ** 31 - 1}`),
      );
      const result = await search("set", filters);
      expect(row.n, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(row.n, JSON.stringify(filters)).toBeLessThan(3000);
      expect(result.total, JSON.stringify(filters)).toBe(row.n);
    }
  });

  it("says nothing matches rather than failing", async () => {
    const result = await search("zzqxwv");
    expect(result).toMatchObject({ total: 0, mode: "none", items: [] });
    expect((await search("   ")).mode).toBe("none");
  });
});

describe("price bands", () => {
  it("are the same in the database as in the search's queries", async () => {
    const prices = [0, 1, ...PRICE_BAND_FLOORS_FEN.flatMap((f) => [f - 1, f, f + 1]), 2 ** 31 - 1];
    const rows = rowsOf<{ band: number }>(
      await database.db.execute(sql`select search_price_band(p)::int as band from unnest(${`{${prices.join(",")}}`}::int[]) with ordinality as x(p, i) order by i`),
    );
    expect(rows.map((r) => r.band)).toEqual(prices.map(priceBand));
  });
});

describe("suggestions", () => {
  it("completes from category names and product titles in the buyer's locale", async () => {
    const en = await suggest(database.db, "en", "pho");
    expect(en.length).toBeGreaterThan(0);
    expect(en[0].kind).toBe("category");
    expect(en[0].text).toMatch(/^Phone/i);
    const zh = await suggest(database.db, "zh", "手机");
    expect(zh.length).toBeGreaterThan(0);
    for (const s2 of zh) expect(s2.text).toContain("手机");
  });
  it("completes product names from any word, names that start with it first", async () => {
    const mug = await suggest(database.db, "en", "mug");
    const queries = mug.filter((s2) => s2.kind === "query");
    expect(queries.length).toBeGreaterThan(0);
    for (const p of queries) expect(p.text.toLowerCase()).toMatch(/(^|[ -])mug/);
    expect(queries.some((p) => !p.text.toLowerCase().startsWith("mug"))).toBe(true);
    const starts = queries.map((p) => p.text.toLowerCase().startsWith("mug"));
    expect(starts).toEqual([...starts].sort((a, b) => Number(b) - Number(a)));
  });

  it("returns nothing for an empty prefix", async () => {
    expect(await suggest(database.db, "en", " ")).toEqual([]);
  });
});
