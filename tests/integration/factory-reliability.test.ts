// Factory reliability, published (issue 10): the job computes factory_reliability from QC checks and
// purchase orders of the last 90 days; the search filter returns only reliable factories' listings;
// price comparison ranks a reliable factory first at a similar price. On the seeded demo data.
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { listListingCards } from "@/lib/catalog/listing-cards";
import { getFactoryProfile } from "@/lib/catalog/factory-profile";
import { getProductOffers } from "@/lib/catalog/price-comparison";
import { listingMarketData } from "@/lib/partners/listing-market-data";
import { landedUnitCost, RELIABLE_ADVANTAGE_BPS, rankOffers } from "@/lib/pricing/landed-cost";
import { searchKeyword } from "@/lib/search/postgres-engine";
import { filterConditions, termCondition } from "@/lib/search/match-conditions";
import { rowsOf } from "@/db/client";
import { refreshFactoryReliability } from "@/lib/warehouse/refresh-factory-reliability";
import { isReliable, reliability } from "@/lib/warehouse/reliability";
import { drainJobs } from "@/lib/jobs/drain-jobs";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { REFRESH_RELIABILITY_JOB } from "@/lib/warehouse/refresh-factory-reliability";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
const DAY = 86_400_000;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Every QC fact and shipped purchase order of a factory within [since, now], straight from the tables. */
async function factsOf(factoryId: number, now: Date) {
  const since = new Date(now.getTime() - 90 * DAY);
  const qc = await database.db
    .select({ result: s.qcChecks.result, counted: s.qcChecks.countedQuantity, expected: s.qcChecks.expectedQuantity, at: s.qcChecks.checkedAt })
    .from(s.qcChecks)
    .innerJoin(s.inboundParcels, eq(s.inboundParcels.id, s.qcChecks.parcelId))
    .innerJoin(s.purchaseOrders, eq(s.purchaseOrders.id, s.inboundParcels.purchaseOrderId))
    .where(eq(s.purchaseOrders.factoryId, factoryId));
  const pos = await database.db.select().from(s.purchaseOrders).where(eq(s.purchaseOrders.factoryId, factoryId));
  return reliability(
    qc.filter((q) => q.at > since && q.at <= now).map((q) => ({ failed: q.result === "failed", counted: q.counted, expected: q.expected })),
    pos.filter((p) => p.shippedAt && p.shippedAt > since && p.shippedAt <= now).map((p) => ({ placedAt: p.createdAt, shippedAt: p.shippedAt })),
  );
}

describe("the reliability job", () => {
  it("publishes, from the seeded warehouse, reliable factories, unreliable ones and some without enough data", async () => {
    const rows = await database.db.select().from(s.factoryReliability);
    expect(rows.filter((r) => r.reliable).length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => !r.reliable && r.checkedLines >= 5).length).toBeGreaterThanOrEqual(1);
    expect(rows.filter((r) => r.checkedLines > 0 && r.checkedLines < 5).length).toBeGreaterThanOrEqual(1);
    for (const row of rows) {
      const expected = await factsOf(row.factoryId, row.computedAt);
      expect(row).toMatchObject({ ...expected, reliable: isReliable(expected) });
    }
  });

  it("counts only the last 90 days: a check and a shipment that leave the window leave the figures", async () => {
    const [row] = await database.db.select().from(s.factoryReliability).where(eq(s.factoryReliability.reliable, true)).limit(1);
    const [po] = await database.db.select().from(s.purchaseOrders)
      .where(and(eq(s.purchaseOrders.factoryId, row.factoryId), sql`${s.purchaseOrders.shippedAt} is not null`)).orderBy(s.purchaseOrders.shippedAt).limit(1);
    const checks = await database.db.select({ id: s.qcChecks.id, checkedAt: s.qcChecks.checkedAt }).from(s.qcChecks)
      .innerJoin(s.inboundParcels, eq(s.inboundParcels.id, s.qcChecks.parcelId)).where(eq(s.inboundParcels.purchaseOrderId, po.id));
    expect(checks.length).toBeGreaterThan(0);
    // Ten days after the oldest check turns 90 days old, and a failed check of today that is not counted yet (in the future).
    const now = new Date(Math.max(...checks.map((c) => c.checkedAt.getTime())) + 91 * DAY);
    const report = await refreshFactoryReliability(database.db, now);
    const [after] = await database.db.select().from(s.factoryReliability).where(eq(s.factoryReliability.factoryId, row.factoryId));
    const expected = await factsOf(row.factoryId, now);
    if (after) {
      expect(after.checkedLines).toBe(expected.checkedLines);
      expect(after.checkedLines).toBeLessThanOrEqual(row.checkedLines - checks.length);
      expect(after.shippedOrders).toBeLessThan(row.shippedOrders);
    } else {
      expect(expected.checkedLines + expected.shippedOrders).toBe(0);
    }
    expect(report.changed).toContain(row.factoryId);
    // Back to today: the same figures as the seed published, and nothing reported changed on a second run.
    await refreshFactoryReliability(database.db);
    const again = await refreshFactoryReliability(database.db);
    expect(again.changed).toEqual([]);
    const [restored] = await database.db.select().from(s.factoryReliability).where(eq(s.factoryReliability.factoryId, row.factoryId));
    expect(restored.reliable).toBe(true);
  });

  it("turns a factory unreliable when failed checks arrive, and its listings leave the reliable filter key", async () => {
    const [row] = await database.db.select().from(s.factoryReliability).where(eq(s.factoryReliability.reliable, true)).limit(1);
    const checks = await database.db.select({ id: s.qcChecks.id }).from(s.qcChecks)
      .innerJoin(s.inboundParcels, eq(s.inboundParcels.id, s.qcChecks.parcelId))
      .innerJoin(s.purchaseOrders, eq(s.purchaseOrders.id, s.inboundParcels.purchaseOrderId))
      .where(eq(s.purchaseOrders.factoryId, row.factoryId));
    const failed = checks.slice(0, 2).map((c) => c.id);
    await database.db.update(s.qcChecks).set({ result: "failed" }).where(inArray(s.qcChecks.id, failed));
    try {
      const report = await refreshFactoryReliability(database.db);
      expect(report.flagChanged).toContain(row.factoryId);
      const [after] = await database.db.select().from(s.factoryReliability).where(eq(s.factoryReliability.factoryId, row.factoryId));
      expect(after.reliable).toBe(false);
      expect(after.qcFailureRate).toBeCloseTo(2 / after.checkedLines, 6);
      const keys = await database.db.select({ reliable: s.listingSearch.reliable, keys: s.listingSearch.filterKeys }).from(s.listingSearch).where(eq(s.listingSearch.factoryId, row.factoryId));
      expect(keys.length).toBeGreaterThan(0);
      for (const k of keys) {
        expect(k.reliable).toBe(false);
        expect(k.keys).not.toContain(-3);
      }
    } finally {
      await database.db.update(s.qcChecks).set({ result: "passed" }).where(inArray(s.qcChecks.id, failed));
      await refreshFactoryReliability(database.db);
    }
    const keys = await database.db.select({ keys: s.listingSearch.filterKeys }).from(s.listingSearch).where(eq(s.listingSearch.factoryId, row.factoryId));
    for (const k of keys) expect(k.keys).toContain(-3);
  });

  it("runs as a job from the queue", async () => {
    await database.db.delete(s.factoryReliability).where(sql`true`);
    await database.db.transaction((tx) => enqueueJob(tx, REFRESH_RELIABILITY_JOB, {}));
    const report = await drainJobs(database, { names: [REFRESH_RELIABILITY_JOB] });
    expect(report).toMatchObject({ completed: 1, failed: 0 });
    expect((await database.db.select().from(s.factoryReliability)).filter((r) => r.reliable).length).toBeGreaterThanOrEqual(2);
  });
});

describe("where the figures show", () => {
  it("gives the profile, the cards and the partner API the published figures", async () => {
    const [row] = await database.db.select().from(s.factoryReliability).where(eq(s.factoryReliability.reliable, true)).limit(1);
    const profile = await getFactoryProfile(database.db, row.factoryId, "en");
    expect(profile?.reliability).toMatchObject({ reliable: true, enoughData: true, checkedLines: row.checkedLines, windowDays: 90 });
    const { items } = await listListingCards(database.db, "en", { factoryId: row.factoryId }, { limit: 3 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.reliable)).toBe(true);
    const market = await listingMarketData(database.db, items[0].id);
    expect(market.factoryReliability).toMatchObject({ reliable: true, checkedLines: row.checkedLines, qcFailureRate: row.qcFailureRate, avgDaysToShip: row.meanDaysToShip });
    const [unknown] = await database.db.select({ id: s.listings.id }).from(s.listings)
      .where(sql`${s.listings.factoryId} not in (select factory_id from factory_reliability) and ${s.listings.status} = 'active'`).limit(1);
    expect((await listingMarketData(database.db, unknown.id)).factoryReliability).toBeNull();
  });
});

describe("the reliable factories filter", () => {
  it("returns only reliable factories' listings in keyword search, through the search index's filter key", async () => {
    const reliable = new Set((await database.db.select().from(s.factoryReliability).where(eq(s.factoryReliability.reliable, true))).map((r) => r.factoryId));
    // A word of a reliable factory's titles, which other factories' listings have too.
    const titles = await database.db
      .select({ factoryId: s.listings.factoryId, title: s.listingTranslations.title })
      .from(s.listings).innerJoin(s.listingTranslations, and(eq(s.listingTranslations.listingId, s.listings.id), eq(s.listingTranslations.locale, "en")))
      .where(inArray(s.listings.factoryId, [...reliable]));
    const word = titles.flatMap((t) => t.title.toLowerCase().split(/[^a-z]+/)).find((w) => w.length >= 5)!;
    const all = await searchKeyword(database.db, { q: word, locale: "en", sort: "relevance", page: 1, pageSize: 60 });
    const only = await searchKeyword(database.db, { q: word, locale: "en", sort: "relevance", page: 1, pageSize: 60, reliableOnly: true });
    expect(only.total).toBeGreaterThan(0);
    expect(all.total).toBeGreaterThan(only.total);
    expect(only.items.every((c) => reliable.has(c.factoryId) && c.reliable)).toBe(true);
    if (!all.facets.sampled) expect(all.facets.reliable).toBe(only.total);
    // Sorted by price (the sort walk) too.
    const byPrice = await searchKeyword(database.db, { q: word, locale: "en", sort: "price_asc", page: 1, pageSize: 60, reliableOnly: true });
    expect(byPrice.items.map((c) => c.id).sort()).toEqual(only.items.map((c) => c.id).sort());
  });

  it("plans the filter inside the search index scan", async () => {
    // The demo table is small enough for a sequential scan; with it off, the plan shows whether the
    // reliable key is an index condition of the search index (as at scale), not a row filter.
    const plan = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return rowsOf<Record<string, string>>(await tx.execute(sql`explain select s.listing_id from listing_search s
        where ${sql.join([termCondition({ text: "steel", cjk: false, bigrams: [] }), ...filterConditions({ reliableOnly: true })], sql` and `)} and s.rank_tier = 6`))
        .map((r) => Object.values(r)[0])
        .join("\n");
    });
    expect(plan).toMatch(/listing_search_match_t6/);
    expect(plan).toMatch(/Index Cond: .*filter_keys @> '\{-3\}'/);
  });

  it("narrows category cards to reliable factories", async () => {
    const reliable = new Set((await database.db.select().from(s.factoryReliability).where(eq(s.factoryReliability.reliable, true))).map((r) => r.factoryId));
    const { items, total } = await listListingCards(database.db, "en", { reliableOnly: true }, { limit: 100, withTotal: true });
    const [{ n }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(s.listings)
      .where(and(eq(s.listings.status, "active"), inArray(s.listings.factoryId, [...reliable])));
    expect(total).toBe(n);
    expect(items.every((c) => reliable.has(c.factoryId))).toBe(true);
  });
});

describe("price comparison with reliability", () => {
  it("ranks a reliable factory first when its landed unit cost is within 3 %, and a clearly cheaper offer first otherwise", () => {
    const base = { moq: 1, weightG: 100, box: { lengthMm: 100, widthMm: 100, heightMm: 100 }, factoryProvince: "Zhejiang" };
    const context = { quantity: 100, country: "MN", lines: [], agent: { serviceFeeBps: 0, minServiceFeeFen: 0 }, warehouseProvince: "Zhejiang" };
    const cost = (fen: number) => landedUnitCost({ ...context, ...base, tiers: [{ minQty: 1, unitPriceFen: fen }] }).perUnitFen;
    const cheap = { ...base, id: 1, tiers: [{ minQty: 1, unitPriceFen: 1000 }], factory: { reliable: false } };
    const near = { ...base, id: 2, tiers: [{ minQty: 1, unitPriceFen: 1025 }], factory: { reliable: true } };
    const far = { ...base, id: 3, tiers: [{ minQty: 1, unitPriceFen: 1100 }], factory: { reliable: true } };
    expect(cost(1025) / cost(1000)).toBeLessThan(1 + RELIABLE_ADVANTAGE_BPS / 10_000);
    expect(cost(1100) / cost(1000)).toBeGreaterThan(1 + RELIABLE_ADVANTAGE_BPS / 10_000);
    expect(rankOffers([cheap, near, far], context).map((r) => r.offer.id)).toEqual([2, 1, 3]);
    expect(rankOffers([cheap, far], context).map((r) => r.offer.id)).toEqual([1, 3]);
    // Two reliable (or two unreliable) offers: by landed cost alone.
    expect(rankOffers([{ ...cheap, factory: { reliable: true } }, near], context).map((r) => r.offer.id)).toEqual([1, 2]);
  });

  it("marks the seeded reliable factories' offers in the comparison", async () => {
    const reliable = new Set((await database.db.select().from(s.factoryReliability).where(eq(s.factoryReliability.reliable, true))).map((r) => r.factoryId));
    const [member] = await database.db.select({ id: s.listingSearch.listingId, group: s.listingSearch.productGroup }).from(s.listingSearch)
      .where(and(inArray(s.listingSearch.factoryId, [...reliable]), sql`(select count(*) from listing_search o where o.product_group = ${s.listingSearch.productGroup}) >= 2`)).limit(1);
    expect(member).toBeDefined();
    const [other] = await database.db.select({ id: s.listingSearch.listingId }).from(s.listingSearch)
      .where(and(eq(s.listingSearch.productGroup, member.group!), sql`${s.listingSearch.listingId} <> ${member.id}`)).limit(1);
    const { offers } = await getProductOffers(database.db, other.id, "en");
    const offer = offers.find((o) => o.id === member.id)!;
    expect(offer.factory.reliable).toBe(true);
  });
});
