// The factory dashboard's numbers against orders inserted here, and the stock & prices grid: rows
// saved together or not at all, and never another factory's SKU.
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listingSearch, listings, orderLines, orders, purchaseOrders, skus } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createFactory } from "@/lib/factories/create-factory";
import { bestSellers, dashboardKpis, lastDays, lowStockSkus, salesByDay } from "@/lib/factories/dashboard";
import { listStockRows } from "@/lib/listings/list-stock-rows";
import { publishListing } from "@/lib/listings/publish-listing";
import { saveListing } from "@/lib/listings/save-listing";
import { updateSkuStockPrices } from "@/lib/listings/update-sku-stock-prices";
import { createBuyer, onboardingForm } from "../fixtures/factory-accounts";
import { attachSeedPhoto, leafCategory, listingInput, twoFactories } from "../fixtures/factory-data";
import { fulfilmentSetup, insertPaidOrder, skusOfFactory, type Fulfilment } from "../fixtures/paid-orders";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let setup: Fulfilment;
let factoryId: number;
let listingA: number;
let listingB: number;
let skusA: { id: number; code: string }[];
let skusB: { id: number; code: string }[];

const chinaDay = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const skuList = (listingId: number) =>
  database.db.select({ id: skus.id, code: skus.code }).from(skus).where(eq(skus.listingId, listingId)).orderBy(asc(skus.id));

beforeAll(async () => {
  database = await createTestDatabase();
  setup = await fulfilmentSetup(database.db);
  const owner = await createBuyer(database.db, "Dashboard Owner");
  factoryId = (await createFactory(database.db, owner.id, await onboardingForm(database.db, { nameEn: "Dashboard Factory" }))).factoryId;
  const category = await leafCategory(database.db);
  listingA = (await saveListing(database.db, factoryId, listingInput(category))).listingId;
  listingB = (await saveListing(database.db, factoryId, listingInput(category, { title: "硅胶折叠水杯", externalOfferId: "" }))).listingId;
  await attachSeedPhoto(database.db, listingA);
  await publishListing(database.db, factoryId, listingA);
  skusA = await skuList(listingA);
  skusB = await skuList(listingB);
});
afterAll(async () => {
  await database?.close();
});

describe("the dashboard", () => {
  const warehouse = () => setup.agents[0][1];
  const paidOn = async (orderId: number, when: Date) => {
    await database.db.update(orders).set({ paidAt: when }).where(eq(orders.id, orderId));
  };

  beforeAll(async () => {
    const today = await insertPaidOrder(database.db, setup, warehouse(), [{ skuId: skusA[0].id, quantity: 5 }]);
    const earlier = await insertPaidOrder(database.db, setup, warehouse(), [
      { skuId: skusA[1].id, quantity: 2 },
      { skuId: skusB[0].id, quantity: 10 },
    ]);
    await paidOn(earlier.orderId, daysAgo(3));
    // A line of the same order from another factory: not ours.
    const [other] = await skusOfFactory(database.db, (await twoFactories(database.db))[0], 1);
    await database.db.insert(orderLines).values({
      orderId: earlier.orderId, skuId: other.id, listingId: other.listingId, factoryId: (await twoFactories(database.db))[0],
      quantity: 50, unitPriceFen: 9999, lineTotalMinor: 1, snapshot: { title: "x", options: "" },
    });
    // One unit of the B line refunded; its price differs from the fixture's 10.00.
    await database.db.update(orderLines).set({ refundedQuantity: 1, unitPriceFen: 1500 }).where(eq(orderLines.id, earlier.lineIds[1]));
    // Not counted: awaiting payment, paid before the period, cancelled.
    await insertPaidOrder(database.db, setup, warehouse(), [{ skuId: skusA[0].id, quantity: 100 }], "pending_payment");
    const old = await insertPaidOrder(database.db, setup, warehouse(), [{ skuId: skusA[0].id, quantity: 100 }]);
    await paidOn(old.orderId, daysAgo(31));
    const cancelled = await insertPaidOrder(database.db, setup, warehouse(), [{ skuId: skusA[0].id, quantity: 100 }]);
    await database.db.update(orders).set({ status: "cancelled" }).where(eq(orders.id, cancelled.orderId));
    // Purchase orders: one waiting for the factory, one accepted.
    const [agentId, warehouseId] = setup.agents[0];
    await database.db.insert(purchaseOrders).values([
      { number: `PO-D-${Date.now()}-1`, agentId, factoryId, warehouseId, status: "placed" },
      { number: `PO-D-${Date.now()}-2`, agentId, factoryId, warehouseId, status: "accepted" },
    ]);
    void today;
  });

  it("counts orders, units and CNY revenue per day over the last 30 days", async () => {
    const period = lastDays(30);
    expect(period.days).toHaveLength(30);
    expect(period.days.at(-1)).toBe(chinaDay(new Date()));
    const series = await salesByDay(database.db, factoryId, period);
    expect(series).toHaveLength(30);
    const byDay = Object.fromEntries(series.filter((d) => d.orders > 0).map((d) => [d.day, d]));
    expect(byDay).toEqual({
      [chinaDay(new Date())]: { day: chinaDay(new Date()), orders: 1, units: 5, revenueFen: 5 * 1000 },
      [chinaDay(daysAgo(3))]: { day: chinaDay(daysAgo(3)), orders: 1, units: 2 + 9, revenueFen: 2 * 1000 + 9 * 1500 },
    });
    const kpis = await dashboardKpis(database.db, factoryId, series);
    expect(kpis).toEqual({ orders: 2, units: 16, revenueFen: 5000 + 2000 + 13500, awaitingAcceptance: 1, activeListings: 1 });
  });

  it("ranks the best-selling listings by units, with title and cover photo", async () => {
    const top = await bestSellers(database.db, factoryId, lastDays(30), "en");
    expect(top.map((t) => [t.listingId, t.units, t.revenueFen])).toEqual([
      [listingB, 9, 13500],
      [listingA, 7, 7000],
    ]);
    expect(top[0].title).toEqual({ text: "硅胶折叠水杯", locale: "zh", untranslated: true });
    expect(top[1].photoKey).toEqual(expect.any(String));
    expect(top[0].photoKey).toBeNull();
  });

  it("lists SKUs with fewer than 20 units available, fewest first", async () => {
    await database.db.update(skus).set({ stock: 15, reserved: 5 }).where(eq(skus.id, skusA[1].id));
    const low = await lowStockSkus(database.db, factoryId, "zh");
    // listingInput: the black 750 ml SKU of each listing has 0 in stock.
    expect(low.rows.map((r) => [r.skuId, r.available])).toEqual([
      [skusA[3].id, 0],
      [skusB[3].id, 0],
      [skusA[1].id, 10],
    ]);
    expect(low.total).toBe(3);
    expect(low.rows[2].title?.text).toBe("不锈钢保温杯 500毫升 批发");
  });

  it("shows nothing of other factories", async () => {
    const owner = await createBuyer(database.db);
    const empty = (await createFactory(database.db, owner.id, await onboardingForm(database.db, { nameEn: "Empty Factory" }))).factoryId;
    const series = await salesByDay(database.db, empty, lastDays(30));
    expect(await dashboardKpis(database.db, empty, series)).toEqual({ orders: 0, units: 0, revenueFen: 0, awaitingAcceptance: 0, activeListings: 0 });
    expect(await bestSellers(database.db, empty, lastDays(30), "zh")).toEqual([]);
    expect((await lowStockSkus(database.db, empty, "zh")).total).toBe(0);
  });
});

describe("the stock & prices grid", () => {
  const current = (id: number) => database.db.select({ stock: skus.stock, reserved: skus.reserved, priceDeltaFen: skus.priceDeltaFen }).from(skus).where(eq(skus.id, id)).then((r) => r[0]);

  it("lists the factory's SKUs with titles, options and tiers; filters by text and low stock; pages", async () => {
    const all = await listStockRows(database.db, factoryId, "en", {});
    expect(all.total).toBe(8);
    expect(all.rows[0]).toMatchObject({
      listingId: listingB, listingStatus: "draft", code: "红色-500ML",
      options: [{ axis: "color", label: "红色", locale: "zh" }, { axis: "capacity", label: "500毫升", locale: "zh" }],
      tiers: [{ minQty: 10, unitPriceFen: 2500 }, { minQty: 100, unitPriceFen: 2200 }, { minQty: 500, unitPriceFen: 1900 }],
    });
    expect((await listStockRows(database.db, factoryId, "en", { q: "硅胶" })).rows.every((r) => r.listingId === listingB)).toBe(true);
    expect((await listStockRows(database.db, factoryId, "en", { q: "750ml" })).total).toBe(4);
    expect((await listStockRows(database.db, factoryId, "en", { q: "100%_" })).total).toBe(0);
    // A number finds the listing of that number first (and SKU codes containing it).
    const byNumber = await listStockRows(database.db, factoryId, "en", { q: `#${listingA}` });
    expect(byNumber.rows.slice(0, 4).every((r) => r.listingId === listingA)).toBe(true);
    expect((await listStockRows(database.db, factoryId, "en", { lowOnly: true })).total).toBe(3);
    expect((await listStockRows(database.db, factoryId, "en", { page: 2 })).rows).toEqual([]);
  });

  it("saves changed stock and price differences together and refreshes the search row", async () => {
    await database.db.update(skus).set({ stock: 0, reserved: 0 }).where(eq(skus.listingId, listingA));
    await updateSkuStockPrices(database.db, factoryId, []);
    const result = await updateSkuStockPrices(database.db, factoryId, [
      { skuId: skusA[0].id, stock: 120, priceDeltaFen: -500 },
      { skuId: skusB[2].id, stock: 7, priceDeltaFen: 250 },
    ]);
    expect(result).toEqual({ updatedSkus: 2, listingIds: expect.arrayContaining([listingA, listingB]) });
    expect(await current(skusA[0].id)).toMatchObject({ stock: 120, priceDeltaFen: -500 });
    expect(await current(skusB[2].id)).toMatchObject({ stock: 7, priceDeltaFen: 250 });
    const [search] = await database.db.select({ inStock: listingSearch.inStock }).from(listingSearch).where(eq(listingSearch.listingId, listingA));
    expect(search.inStock).toBe(true);
  });

  it("refuses stock below the reserved units and a price at or below zero, row by row, writing nothing", async () => {
    await database.db.update(skus).set({ stock: 30, reserved: 12 }).where(eq(skus.id, skusA[2].id));
    const error = await updateSkuStockPrices(database.db, factoryId, [
      { skuId: skusA[0].id, stock: 999, priceDeltaFen: 0 },
      { skuId: skusA[2].id, stock: 11, priceDeltaFen: -1900 },
      { skuId: skusA[3].id, stock: 1.5, priceDeltaFen: 0 },
    ]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: [2, "stock"], key: "skus.stockInvalid" },
    ]);
    const second = await updateSkuStockPrices(database.db, factoryId, [
      { skuId: skusA[0].id, stock: 999, priceDeltaFen: 0 },
      { skuId: skusA[2].id, stock: 11, priceDeltaFen: -1900 },
    ]).then(() => null, (e: unknown) => e);
    expect((second as ValidationError).issues).toEqual([
      { path: [1, "stock"], key: "skus.stockBelowReserved", params: { reserved: 12 } },
      { path: [1, "priceDeltaFen"], key: "skus.priceNotPositive", params: { minDeltaFen: -1899 } },
    ]);
    expect(await current(skusA[0].id)).toMatchObject({ stock: 120 });
    expect(await current(skusA[2].id)).toMatchObject({ stock: 30, priceDeltaFen: 0 });
  });

  it("never touches another factory's SKU: the whole save is refused as not found", async () => {
    const [seedFactory] = await twoFactories(database.db);
    const [foreign] = await skusOfFactory(database.db, seedFactory, 1);
    const before = await current(foreign.id);
    const error = await updateSkuStockPrices(database.db, factoryId, [
      { skuId: skusA[0].id, stock: 1, priceDeltaFen: 0 },
      { skuId: foreign.id, stock: 0, priceDeltaFen: 0 },
    ]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(await current(foreign.id)).toEqual(before);
    expect(await current(skusA[0].id)).toMatchObject({ stock: 120 });
    // Nor do its rows show in this factory's table.
    expect((await listStockRows(database.db, factoryId, "en", { q: foreign.code })).rows.some((r) => r.skuId === foreign.id)).toBe(false);
    const [own] = await database.db.select({ n: sql<number>`count(*)::int` }).from(listings).where(and(eq(listings.factoryId, factoryId)));
    expect(Number(own.n)).toBe(2);
  });
});
