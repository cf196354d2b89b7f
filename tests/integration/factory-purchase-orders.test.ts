// The factory's purchase orders: the demo data has one in every state for the demo factory, the
// inbox and the page read only the caller's factory's, and the packing slip route answers 404 to
// anyone but the purchase order's factory.
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import * as s from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { getFactoryPurchaseOrder } from "@/lib/purchase-orders/get-factory-purchase-order";
import { listFactoryPurchaseOrders } from "@/lib/purchase-orders/list-factory-purchase-orders";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

// The route's session: set per test (null = signed out / not a factory member).
const session = vi.hoisted(() => ({ factory: null as null | { factoryId: number } }));
vi.mock("@/lib/auth/require-factory", () => ({ currentFactory: async () => session.factory, requireFactory: async () => session.factory }));
// The route asks the gate who is calling: a member of the session's factory, or nobody.
const sessionActor = () =>
  session.factory
    ? { type: "user" as const, ip: "127.0.0.1", user: { id: 1, email: "f@test", name: "F", role: "factory", company: null, country: null, locale: "zh", currency: "CNY", activeOrganisationId: null }, memberships: [{ organisationId: session.factory.factoryId, kind: "factory" as const, role: "owner" as const, name: "F" }] }
    : { type: "anonymous" as const, ip: "127.0.0.1" };
vi.mock("@/lib/gate/resolve-actor", () => ({ requestActor: async () => sessionActor(), actorFromHeaders: async () => sessionActor() }));

let database: TestDatabase;
let demoFactory: number;
let otherFactory: number;

beforeAll(async () => {
  database = await createTestDatabase();
  // The route opens the app's database through db/index.ts: hand it this one.
  (globalThis as unknown as { haozaoDatabase?: Promise<Database> }).haozaoDatabase = Promise.resolve(database);
  const [user] = await database.db.select().from(s.users).where(eq(s.users.email, "factory@haozao.test"));
  [{ id: demoFactory }] = await database.db.select({ id: s.memberships.organizationId }).from(s.memberships).where(eq(s.memberships.userId, user.id));
  [{ id: otherFactory }] = await database.db.select({ id: s.factories.organisationId }).from(s.factories).where(ne(s.factories.organisationId, demoFactory)).orderBy(asc(s.factories.organisationId)).limit(1);
});
afterAll(async () => {
  delete (globalThis as unknown as { haozaoDatabase?: unknown }).haozaoDatabase;
  await database?.close();
});

const pos = () => database.db.select().from(s.purchaseOrders).where(eq(s.purchaseOrders.factoryId, demoFactory)).orderBy(asc(s.purchaseOrders.id));

describe("demo purchase orders", () => {
  it("gives the demo factory purchase orders placed, accepted, shipped, with a rejected line, and rejected", async () => {
    const rows = await pos();
    // The first seven are the factory portal's demo; the warehouse's demo orders follow (received, shipped).
    expect(rows.slice(0, 7).map((p) => p.status)).toEqual(["placed", "placed", "accepted", "shipped", "accepted", "rejected", "placed"]);
    const shipped = rows[3];
    expect(shipped).toMatchObject({ carrier: "顺丰速运", trackingNumber: "SF1428007713520" });
    const [parcel] = await database.db.select().from(s.inboundParcels).where(eq(s.inboundParcels.purchaseOrderId, shipped.id));
    expect(parcel).toMatchObject({ status: "expected", trackingNumber: "SF1428007713520" });

    // A rejected line is refunded on the buyer's order, and its timeline says so.
    const rejectedLines = await database.db.select().from(s.purchaseOrderLines).where(and(inArray(s.purchaseOrderLines.purchaseOrderId, [rows[4].id, rows[5].id]), eq(s.purchaseOrderLines.rejected, true)));
    expect(rejectedLines).toHaveLength(2);
    const lines = await database.db.select().from(s.orderLines).where(inArray(s.orderLines.id, rejectedLines.map((l) => l.orderLineId)));
    expect(lines.map((l) => l.status)).toEqual(["refunded", "refunded"]);
    const events = await database.db.select().from(s.timelineEvents).where(and(inArray(s.timelineEvents.orderId, lines.map((l) => l.orderId)), eq(s.timelineEvents.kind, "order_line.refunded")));
    expect(events).toHaveLength(2);
    // The order whose only line was rejected is refunded whole.
    const wholly = lines.find((l) => rejectedLines.find((r) => r.orderLineId === l.id)!.purchaseOrderId === rows[5].id)!;
    const [order] = await database.db.select().from(s.orders).where(eq(s.orders.id, wholly.orderId));
    expect(order.status).toBe("refunded");
  });
});

describe("demo requests for quotation", () => {
  it("gives the demo factory a request waiting, one quoted after a few messages, and one declined", async () => {
    const rfqs = await database.db.select().from(s.rfqs).where(eq(s.rfqs.factoryId, demoFactory)).orderBy(asc(s.rfqs.id));
    expect(rfqs.map((r) => r.status)).toEqual(["open", "quoted", "declined"]);
    expect(rfqs[0].targetUnitPriceFen).toBeGreaterThan(0);
    const quotes = await database.db.select().from(s.rfqQuotes).where(eq(s.rfqQuotes.rfqId, rfqs[1].id));
    expect(quotes).toHaveLength(1);
    expect(quotes[0].tiers[0].minQty).toBe(rfqs[1].quantity);
    const messages = await database.db.select().from(s.rfqMessages).where(inArray(s.rfqMessages.rfqId, [rfqs[1].id, rfqs[2].id])).orderBy(asc(s.rfqMessages.id));
    expect(messages.map((m) => m.side)).toEqual(["factory", "buyer", "factory"]);
  });
});

describe("the factory's purchase order pages", () => {
  it("count and list only the caller's factory's purchase orders, by status", async () => {
    const { items, counts } = await listFactoryPurchaseOrders(database.db, demoFactory, "placed", "zh");
    const tally = { placed: 0, accepted: 0, shipped: 0, received: 0, rejected: 0 } as Record<string, number>;
    for (const po of await pos()) tally[po.status]++;
    expect(counts).toEqual(tally);
    expect(counts).toMatchObject({ placed: 3, accepted: 2, rejected: 1 });
    expect(items).toHaveLength(3);
    expect(items[0].createdAt.getTime()).toBeGreaterThanOrEqual(items[2].createdAt.getTime()); // newest first
    expect(items.map((i) => i.lineCount).sort()).toEqual([1, 1, 2]);
    expect(items[0].warehouse.code).toBeTruthy();
    expect(items[0].agentName).toMatch(/[\u4e00-\u9fff]/); // in Chinese on a zh page
    const other = await listFactoryPurchaseOrders(database.db, otherFactory, "placed", "zh");
    expect(other.items.every((i) => !items.some((mine) => mine.id === i.id))).toBe(true);
  });

  it("shows one purchase order's lines with the rejected one and its reason; another factory's is not found", async () => {
    const partly = (await pos())[4];
    const view = await getFactoryPurchaseOrder(database.db, demoFactory, partly.id, "zh");
    expect(view.lines).toHaveLength(2);
    expect(view.lines.map((l) => l.rejected)).toEqual([false, true]);
    expect(view.lines[1]).toMatchObject({ rejectReason: "该颜色已断货，下月补货", lineStatus: "refunded" });
    expect(view.lines[0].title).toMatch(/[\u4e00-\u9fff]/);
    expect(view.events.map((e) => e.kind)).toEqual(["purchase_order.placed", "purchase_order.line_rejected", "purchase_order.accepted"]);
    await expect(getFactoryPurchaseOrder(database.db, otherFactory, partly.id, "zh")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the packing slip route", () => {
  const get = async (id: string | number) => {
    const { GET } = await import("@/app/api/factory/purchase-orders/[id]/packing-slip/route");
    return GET(new Request(`http://localhost/api/factory/purchase-orders/${id}/packing-slip`), { params: Promise.resolve({ id: String(id) }) });
  };

  it("serves the purchase order's factory a PDF to print", async () => {
    const [po] = await pos();
    session.factory = { factoryId: demoFactory };
    const response = await get(po.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="packing-slip-${po.number}.pdf"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe("%PDF");
  });

  it("answers another factory and an unknown id with 404, a malformed id with 422, a signed-out visitor with 401", async () => {
    const [po] = await pos();
    session.factory = { factoryId: otherFactory };
    expect((await get(po.id)).status).toBe(404);
    session.factory = null;
    expect((await get(po.id)).status).toBe(401); // signed out: sign in first (problem+json), still no hint
    session.factory = { factoryId: demoFactory };
    expect((await get("12abc")).status).toBe(422); // not an id at all: bad input, as problem+json
    expect((await get(999_999_999)).status).toBe(404);
  });
});
