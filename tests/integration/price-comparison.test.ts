import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { getListingDetail } from "@/lib/catalog/listing-detail";
import { getProductOffers, type ProductOffer } from "@/lib/catalog/price-comparison";
import { landedUnitCost, rankingScore, rankOffers } from "@/lib/pricing/landed-cost";
import { listShippingLines } from "@/lib/shipping/shipping-lines";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let group: { id: number; members: number[] };

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await database.db
    .select({ group: s.listingSearch.productGroup, n: sql<number>`count(*)::int`, ids: sql<number[]>`array_agg(${s.listingSearch.listingId} order by ${s.listingSearch.listingId})` })
    .from(s.listingSearch)
    .where(sql`${s.listingSearch.productGroup} is not null`)
    .groupBy(s.listingSearch.productGroup)
    .having(sql`count(*) >= 3`)
    .orderBy(sql`count(*) desc`, s.listingSearch.productGroup);
  expect(rows.length).toBeGreaterThan(0);
  group = { id: rows[0].group!, members: rows[0].ids.map(Number) };
});
afterAll(async () => {
  await database?.close();
});

const box = (o: ProductOffer) => ({ lengthMm: o.lengthMm, widthMm: o.widthMm, heightMm: o.heightMm });

describe("other offers of the same product", () => {
  it("lists the other listings of the group, not the listing itself nor other groups", async () => {
    const [first, ...others] = group.members;
    const { offers, agent } = await getProductOffers(database.db, first, "en");
    expect(offers.map((o) => o.id).sort((a, b) => a - b)).toEqual(others);
    for (const offer of offers) {
      expect(offer.tiers.length).toBeGreaterThan(0);
      expect(offer.title.length).toBeGreaterThan(0);
      expect(offer.factory.province.length).toBeGreaterThan(0);
    }
    expect(agent).not.toBeNull();
    expect(agent!.serviceFeeBps).toBeGreaterThan(0);
    expect(agent!.warehouse?.province).toBeTruthy();
  });

  it("titles the offers in the page's locale, or falls back with the right lang", async () => {
    const { offers } = await getProductOffers(database.db, group.members[0], "zh");
    for (const offer of offers) expect(["zh", "en"]).toContain(offer.titleLocale);
    expect(offers.some((o) => /[\u4e00-\u9fff]/.test(o.title))).toBe(true);
  });

  it("leaves out a listing that is no longer active", async () => {
    const [first, archived] = group.members;
    await database.db.update(s.listings).set({ status: "archived" }).where(eq(s.listings.id, archived));
    try {
      const { offers } = await getProductOffers(database.db, first, "en");
      expect(offers.map((o) => o.id)).not.toContain(archived);
      expect(offers.length).toBe(group.members.length - 2);
    } finally {
      await database.db.update(s.listings).set({ status: "active" }).where(eq(s.listings.id, archived));
    }
  });

  it("has no offers for a listing alone in its group", async () => {
    const [alone] = await database.db
      .select({ id: s.listingSearch.listingId })
      .from(s.listingSearch)
      .where(and(sql`${s.listingSearch.productGroup} is not null`, sql`(select count(*) from listing_search o where o.product_group = ${s.listingSearch.productGroup}) = 1`))
      .limit(1);
    if (alone) expect((await getProductOffers(database.db, alone.id, "en")).offers).toEqual([]);
  });
});

describe("ranking the seeded offers by landed cost", () => {
  it("orders every offer of the group by its own landed unit cost", async () => {
    const [first] = group.members;
    const detail = (await getListingDetail(database.db, first, "en"))!;
    const { offers, agent } = await getProductOffers(database.db, first, "en");
    const lines = await listShippingLines(database.db, "en");
    const current: ProductOffer = {
      id: detail.id, title: detail.title.text, titleLocale: detail.title.locale,
      factory: { id: detail.factory.id, name: detail.factory.name, province: detail.factory.province, verified: detail.factory.verified, reliable: detail.factory.reliability?.reliable ?? false },
      moq: detail.moq, unit: detail.unit, weightG: detail.weightG, lengthMm: detail.lengthMm, widthMm: detail.widthMm, heightMm: detail.heightMm,
      tiers: detail.tiers, photoKey: null,
    };
    const all = [current, ...offers].map((o) => ({ ...o, box: box(o), factoryProvince: o.factory.province }));
    const warehouseProvince = agent!.warehouse!.province;
    for (const country of [...new Set(lines.flatMap((l) => l.countries))].slice(0, 4)) {
      for (const quantity of [1, current.moq, 100, 1000]) {
        const ranked = rankOffers(all, { quantity, country, lines, agent: agent!, warehouseProvince });
        expect(ranked.length).toBe(all.length);
        for (const { offer, cost } of ranked) {
          expect(cost).toEqual(landedUnitCost({ ...offer, quantity, country, lines, agent: agent!, warehouseProvince }));
          expect(cost.belowMoq).toBe(quantity < offer.moq);
        }
        const shippable = ranked.filter((r) => r.cost.internationalFen != null);
        expect(ranked.slice(0, shippable.length)).toEqual(shippable);
        // By landed unit cost, a reliable factory's 3 % less (rankingScore).
        const scores = shippable.map((r) => rankingScore(r.cost.perUnitFen, r.offer.factory.reliable));
        expect(scores).toEqual([...scores].sort((a, b) => a - b));
      }
    }
  });

  it("finds, somewhere in the seed, a sticker-cheapest offer that is not the landed-cheapest", async () => {
    const lines = await listShippingLines(database.db, "en");
    const groups = await database.db
      .select({ id: s.listingSearch.listingId, group: s.listingSearch.productGroup })
      .from(s.listingSearch)
      .where(sql`(select count(*) from listing_search o where o.product_group = ${s.listingSearch.productGroup}) >= 2`)
      .orderBy(s.listingSearch.productGroup, s.listingSearch.listingId);
    const firstOfGroup = [...new Map(groups.map((g) => [g.group, g.id])).values()];
    const examples: string[] = [];
    for (const id of firstOfGroup) {
      const { offers: others, agent } = await getProductOffers(database.db, id, "en");
      const { offers: mine } = await getProductOffers(database.db, others[0].id, "en");
      const all = [...mine.filter((o) => o.id === id), ...others].map((o) => ({ ...o, box: box(o), factoryProvince: o.factory.province }));
      for (const country of ["MN", "RU", "US", "FR"]) {
        for (const quantity of [10, 100, 500]) {
          const ranked = rankOffers(all, { quantity, country, lines, agent: agent!, warehouseProvince: agent!.warehouse!.province });
          if (ranked[0].cost.internationalFen == null) continue;
          const sticker = [...ranked].sort((a, b) => a.cost.tierPriceFen - b.cost.tierPriceFen)[0];
          if (sticker.cost.tierPriceFen < ranked[0].cost.tierPriceFen && sticker.cost.internationalFen != null) {
            const show = (r: (typeof ranked)[number]) =>
              `#${r.offer.id} ${r.offer.factory.province} ${r.offer.weightG} g: tier ${r.cost.tierPriceFen} + domestic ${r.cost.domesticFen} + fee ${r.cost.serviceFeeFen} + intl ${r.cost.internationalFen} (${r.cost.line?.name}) -> ${r.cost.perUnitFen}/unit`;
            examples.push(`${quantity} units to ${country}: ${show(ranked[0])} beats sticker-cheapest ${show(sticker)}`);
          }
        }
      }
    }
    console.log(`${examples.length} examples; first: ${examples[0] ?? "none"}`);
    expect(examples.length).toBeGreaterThan(0);
  });
});
