import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { planListings } from "@/seed/catalog-plan";
import { demoAccounts } from "@/seed";
import { factories as factorySeeds } from "@/seed/content/factories";
import { locales } from "@/i18n/locales";
import { currencies } from "@/lib/money/currencies";
import { hammingDistance } from "@/lib/photos/perceptual-hash";
import { validateTiers } from "@/lib/pricing/tiers";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("demo data", () => {
  it("has at least 12 factories over several provinces", async () => {
    const factories = await database.db.select().from(s.factories);
    expect(factories.length).toBeGreaterThanOrEqual(12);
    expect(new Set(factories.map((f) => f.province)).size).toBeGreaterThanOrEqual(4);
    expect(factories.some((f) => f.verifiedAt) && factories.some((f) => !f.verifiedAt)).toBe(true);
  });

  it("has 2 agents with 3 warehouses", async () => {
    expect(await database.db.$count(s.agents)).toBe(2);
    expect(await database.db.$count(s.warehouses)).toBe(3);
  });

  it("ships to at least 10 countries, Mongolia by truck in 7-10 days", async () => {
    const countries = await database.db.selectDistinct({ c: s.shippingLineCountries.country }).from(s.shippingLineCountries);
    expect(countries.length).toBeGreaterThanOrEqual(10);
    const truck = await database.db
      .select({ line: s.shippingLines })
      .from(s.shippingLines)
      .innerJoin(s.shippingLineCountries, eq(s.shippingLineCountries.lineId, s.shippingLines.id))
      .where(and(eq(s.shippingLineCountries.country, "MN"), eq(s.shippingLines.mode, "truck")));
    expect(truck.length).toBeGreaterThanOrEqual(1);
    expect(truck[0].line.daysMin).toBe(7);
    expect(truck[0].line.daysMax).toBe(10);
  });

  it("has at least 350 listings over at least 12 categories", async () => {
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int`, categories: sql<number>`count(distinct ${s.listings.categoryId})::int` })
      .from(s.listings)
      .where(eq(s.listings.status, "active"));
    expect(row.n).toBeGreaterThanOrEqual(350);
    expect(row.categories).toBeGreaterThanOrEqual(12);
  });

  it("writes every listing in Chinese first and translates nearly all into every locale", async () => {
    const rows = await database.db
      .select({ locale: s.listingTranslations.locale, origin: s.listingTranslations.origin, n: sql<number>`count(*)::int` })
      .from(s.listingTranslations)
      .groupBy(s.listingTranslations.locale, s.listingTranslations.origin);
    const listingCount = await database.db.$count(s.listings);
    const zh = rows.filter((r) => r.locale === "zh");
    expect(zh).toEqual([{ locale: "zh", origin: "source", n: listingCount }]);
    for (const locale of locales) {
      const n = rows.filter((r) => r.locale === locale).reduce((sum, r) => sum + r.n, 0);
      expect(n, locale).toBeGreaterThanOrEqual(Math.floor(listingCount * 0.9));
    }
    expect(rows.some((r) => r.origin === "machine")).toBe(true);
  });

  it("gives every listing SKUs, valid tiers and three hashed photos", async () => {
    const listings = await database.db.query.listings.findMany({ with: { skus: true, tiers: true, photos: true } });
    for (const l of listings) {
      expect(l.skus.length, `listing ${l.id} skus`).toBeGreaterThan(0);
      const tiers = [...l.tiers].sort((a, b) => a.minQty - b.minQty);
      expect(validateTiers(tiers, l.moq), `listing ${l.id} tiers`).toEqual([]);
      expect(l.priceMinFen).toBe(Math.min(...tiers.map((t) => t.unitPriceFen)));
      expect(l.photos.length).toBe(3);
      for (const p of l.photos) expect(typeof p.phash).toBe("bigint");
    }
  });

  it("gives the same product sold by several factories near-duplicate photos, and other products distant ones", async () => {
    const plan = planListings();
    const covers = await database.db
      .select({ listingId: s.listingPhotos.listingId, phash: s.listingPhotos.phash })
      .from(s.listingPhotos)
      .where(eq(s.listingPhotos.position, 0))
      .orderBy(s.listingPhotos.listingId);
    expect(covers.length).toBe(plan.length);
    const byDesign = new Map<string, bigint[]>();
    plan.forEach((p, i) => {
      const key = `${p.productType.key}/${p.design.key}`;
      byDesign.set(key, [...(byDesign.get(key) ?? []), covers[i].phash]);
    });
    const groups = [...byDesign.values()].filter((g) => g.length >= 2);
    expect(groups.length).toBeGreaterThan(50);
    for (const group of groups) for (const h of group.slice(1)) expect(hammingDistance(group[0], h)).toBeLessThanOrEqual(6);
    const firsts = [...byDesign.values()].map((g) => g[0]);
    let close = 0;
    for (let i = 1; i < firsts.length; i++) if (hammingDistance(firsts[0], firsts[i]) <= 6) close++;
    expect(close).toBeLessThan(firsts.length / 20);
  });

  it("has every factory sell only within its trade (a cosmetics-tools factory sells no sneakers)", async () => {
    const rows = await database.db
      .select({ factory: s.organisations.slug, category: s.categories.slug, n: sql<number>`count(*)::int` })
      .from(s.listings)
      .innerJoin(s.organisations, eq(s.organisations.id, s.listings.factoryId))
      .innerJoin(s.categories, eq(s.categories.id, s.listings.categoryId))
      .groupBy(s.organisations.slug, s.categories.slug);
    const trades = new Map(factorySeeds.map((f) => [f.key, f.trade]));
    for (const row of rows) expect(trades.get(row.factory), `${row.factory} sells ${row.category}`).toContain(row.category);
    const meiyan = rows.filter((r) => r.factory === "guangzhou-meiyan").map((r) => r.category);
    expect(meiyan.length).toBeGreaterThan(0);
    expect(meiyan).not.toContain("sneakers");
    expect(meiyan).not.toContain("outerwear");
    // Each factory's main categories on its profile are the top categories of what it sells.
    const profile = await database.db
      .select({ slug: s.organisations.slug, main: s.factories.mainCategoryIds })
      .from(s.factories)
      .innerJoin(s.organisations, eq(s.organisations.id, s.factories.organisationId));
    const categories = await database.db.select().from(s.categories);
    const topOf = (slug: string) => {
      const leaf = categories.find((c) => c.slug === slug)!;
      return leaf.parentId ?? leaf.id;
    };
    for (const f of profile) {
      const sold = new Set(rows.filter((r) => r.factory === f.slug).map((r) => topOf(r.category)));
      for (const top of sold) expect(f.main, f.slug).toContain(top);
    }
  });

  it("titles listings as different factories write them: no near-identical titles", async () => {
    const plan = planListings();
    const rows = await database.db
      .select({ id: s.listingTranslations.listingId, locale: s.listingTranslations.locale, title: s.listingTranslations.title })
      .from(s.listingTranslations)
      .orderBy(s.listingTranslations.listingId);
    for (const locale of locales) {
      const titles = rows.filter((r) => r.locale === locale).map((r) => r.title);
      expect(new Set(titles).size / titles.length, locale).toBeGreaterThanOrEqual(0.99);
    }
    // The sellers of one product start their titles differently (what a buyer scans in a result list).
    const ids = (await database.db.select({ id: s.listings.id }).from(s.listings).orderBy(s.listings.id)).map((r) => r.id);
    for (const locale of ["en", "zh"] as const) {
      const titleOf = new Map(rows.filter((r) => r.locale === locale).map((r) => [r.id, r.title]));
      const groups = new Map<string, string[]>();
      plan.forEach((p, i) => {
        const key = `${p.productType.key}/${p.design.key}`;
        groups.set(key, [...(groups.get(key) ?? []), titleOf.get(ids[i])!.slice(0, 16).toLowerCase()]);
      });
      for (const [key, heads] of groups) expect(new Set(heads).size, `${locale} ${key}: ${heads.join(" / ")}`).toBe(heads.length);
    }
  });

  it("has a rate for every currency", async () => {
    const rates = await database.db.select().from(s.exchangeRates);
    expect(new Set(rates.map((r) => r.currency))).toEqual(new Set(currencies));
  });

  it("has one demo account per role", async () => {
    const users = await database.db.select().from(s.users);
    for (const account of demoAccounts) expect(users.find((u) => u.email === account.email)?.role).toBe(account.role);
  });

  it("plans the same catalogue every time", () => {
    const a = planListings().map((p) => `${p.key}:${p.basePriceFen}:${p.moq}`);
    const b = planListings().map((p) => `${p.key}:${p.basePriceFen}:${p.moq}`);
    expect(a).toEqual(b);
  });

  it("gives the demo buyer a paid order, one with its shipping payment requested, and one awaiting payment", async () => {
    const db = database.db;
    const [buyer] = await db.select().from(s.users).where(eq(s.users.email, "buyer@haozao.test"));
    // The first three; the demo purchase orders (seed/purchase-orders.ts) add more after them.
    const orders = (await db.select().from(s.orders).where(eq(s.orders.buyerId, buyer.id)).orderBy(s.orders.id)).slice(0, 3);
    expect(orders.map((o) => o.status)).toEqual(["paid", "paid", "pending_payment"]);
    const shipping = await db.select().from(s.payments).where(and(eq(s.payments.orderId, orders[1].id), eq(s.payments.kind, "shipping")));
    expect(shipping.map((p) => p.status)).toEqual(["pending"]);
    // The unpaid order holds its stock reserved; paid ones have turned theirs into sales.
    const [unpaidLine] = await db.select().from(s.orderLines).where(eq(s.orderLines.orderId, orders[2].id));
    const [sku] = await db.select().from(s.skus).where(eq(s.skus.id, unpaidLine.skuId));
    expect(sku.reserved).toBeGreaterThanOrEqual(unpaidLine.quantity);
    const kinds = await db.select({ kind: s.timelineEvents.kind }).from(s.timelineEvents).where(eq(s.timelineEvents.orderId, orders[1].id)).orderBy(s.timelineEvents.id);
    expect(kinds.map((k) => k.kind)).toEqual(["order_placed", "payment_started", "paid", "shipping_payment_requested"]);
  });
});
