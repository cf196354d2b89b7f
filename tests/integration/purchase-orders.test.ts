import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundParcels, orderLines, orders, purchaseOrderLines, purchaseOrders, timelineEvents } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { acceptPurchaseOrder } from "@/lib/purchase-orders/accept-purchase-order";
import { createPurchaseOrders } from "@/lib/purchase-orders/create-purchase-orders";
import { getPackingSlip } from "@/lib/purchase-orders/get-packing-slip";
import { markPurchaseOrderShipped } from "@/lib/purchase-orders/mark-purchase-order-shipped";
import { MissingFontError, renderPackingSlipPdf } from "@/lib/purchase-orders/packing-slip-pdf";
import { rejectPurchaseOrderLine } from "@/lib/purchase-orders/reject-purchase-order-line";
import { twoFactories } from "../fixtures/factory-data";
import { fulfilmentSetup, insertPaidOrder, skusOfFactory, type Fulfilment } from "../fixtures/paid-orders";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let factoryA: number;
let factoryB: number;
let setup: Fulfilment;
let agent1: number;
let warehouse1: number;
let agent2: number;
let warehouse2: number;
let skusA: { id: number }[];
let skusB: { id: number }[];

beforeAll(async () => {
  database = await createTestDatabase();
  [factoryA, factoryB] = await twoFactories(database.db);
  setup = await fulfilmentSetup(database.db);
  [[agent1, warehouse1], [agent2, warehouse2]] = setup.agents;
  skusA = await skusOfFactory(database.db, factoryA, 3);
  skusB = await skusOfFactory(database.db, factoryB, 2);
});
afterAll(async () => {
  await database?.close();
});

const lineStatus = async (ids: number[]) =>
  (await database.db.select({ id: orderLines.id, status: orderLines.status }).from(orderLines).where(inArray(orderLines.id, ids)).orderBy(asc(orderLines.id))).map(
    (l) => l.status,
  );
const orderStatus = async (id: number) => (await database.db.select({ status: orders.status }).from(orders).where(eq(orders.id, id)))[0].status;
const poOf = async (id: number) => (await database.db.select().from(purchaseOrders).where(eq(purchaseOrders.id, id)))[0];
const kinds = async (column: "orderId" | "purchaseOrderId" | "parcelId", id: number) =>
  (await database.db.select({ kind: timelineEvents.kind }).from(timelineEvents).where(eq(timelineEvents[column], id)).orderBy(asc(timelineEvents.id))).map(
    (e) => e.kind,
  );

/** One placed purchase order of factory A with the given quantities, through warehouse 1. */
async function placedOrder(quantities: number[]) {
  const order = await insertPaidOrder(database.db, setup, warehouse1, quantities.map((quantity, i) => ({ skuId: skusA[i].id, quantity })));
  const [po] = await createPurchaseOrders(database.db, agent1, { orderLineIds: order.lineIds });
  return { order, po };
}

describe("placing purchase orders", () => {
  it("groups one factory's paid, open lines from several orders into one placed purchase order", async () => {
    const first = await insertPaidOrder(database.db, setup, warehouse1, [
      { skuId: skusA[0].id, quantity: 5 }, { skuId: skusA[1].id, quantity: 3 }, { skuId: skusB[0].id, quantity: 4 },
    ]);
    const second = await insertPaidOrder(database.db, setup, warehouse1, [{ skuId: skusA[0].id, quantity: 2 }]);
    const unpaid = await insertPaidOrder(database.db, setup, warehouse1, [{ skuId: skusA[0].id, quantity: 1 }], "pending_payment");
    const otherAgent = await insertPaidOrder(database.db, setup, warehouse2, [{ skuId: skusA[0].id, quantity: 1 }]);

    const created = await createPurchaseOrders(database.db, agent1, { factoryId: factoryA, actorId: null });
    expect(created).toHaveLength(1);
    const [po] = created;
    expect(po).toMatchObject({ factoryId: factoryA, warehouseId: warehouse1, orderLineIds: [first.lineIds[0], first.lineIds[1], second.lineIds[0]] });
    expect(po.number).toMatch(/^PO\d{8}\d{6}$/);
    expect(await poOf(po.id)).toMatchObject({ status: "placed", agentId: agent1, factoryId: factoryA, number: po.number });
    const poLines = await database.db.select().from(purchaseOrderLines).where(eq(purchaseOrderLines.purchaseOrderId, po.id));
    expect(poLines.map((l) => l.quantity).sort()).toEqual([2, 3, 5]);

    expect(await lineStatus(first.lineIds)).toEqual(["ordered", "ordered", "open"]);
    expect(await lineStatus([...unpaid.lineIds, ...otherAgent.lineIds])).toEqual(["open", "open"]);
    expect(await orderStatus(first.orderId)).toBe("purchasing");
    expect(await orderStatus(second.orderId)).toBe("purchasing");
    expect(await orderStatus(unpaid.orderId)).toBe("pending_payment");
    expect(await kinds("purchaseOrderId", po.id)).toEqual(["purchase_order.placed"]);
    expect(await kinds("orderId", first.orderId)).toEqual(["purchase_order.placed", "order.purchasing"]);

    // Nothing of factory A is left; factory B's line of the order already purchasing still gets ordered.
    expect(await createPurchaseOrders(database.db, agent1, { factoryId: factoryA })).toEqual([]);
    const [forB] = await createPurchaseOrders(database.db, agent1, { factoryId: factoryB });
    expect(forB).toMatchObject({ factoryId: factoryB, orderLineIds: [first.lineIds[2]] });
    expect(await lineStatus(first.lineIds)).toEqual(["ordered", "ordered", "ordered"]);
    // Another agent's warehouse is not this agent's to order from.
    expect(await createPurchaseOrders(database.db, agent1, { orderLineIds: otherAgent.lineIds })).toEqual([]);
  });
});

describe("a purchase order's life", () => {
  it("goes placed -> accepted -> shipped, and the warehouse then expects the parcel", async () => {
    const { order, po } = await placedOrder([4, 6]);
    await expect(markPurchaseOrderShipped(database.db, factoryA, po.id, { carrier: "顺丰", trackingNumber: "SF1234567890" }))
      .rejects.toBeInstanceOf(ConflictError);

    await acceptPurchaseOrder(database.db, factoryA, po.id);
    expect(await poOf(po.id)).toMatchObject({ status: "accepted" });
    await expect(acceptPurchaseOrder(database.db, factoryA, po.id)).rejects.toBeInstanceOf(ConflictError);

    const bad = await markPurchaseOrderShipped(database.db, factoryA, po.id, { carrier: "", trackingNumber: "#" }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).issues.map((i) => i.key).sort()).toEqual(["carrier.required", "trackingNumber.invalid"]);

    const { parcelId } = await markPurchaseOrderShipped(database.db, factoryA, po.id, { carrier: "顺丰速运", trackingNumber: " sf 1234 5678 90 " });
    expect(await poOf(po.id)).toMatchObject({ status: "shipped", carrier: "顺丰速运", trackingNumber: "SF1234567890" });
    const [parcel] = await database.db.select().from(inboundParcels).where(eq(inboundParcels.id, parcelId));
    expect(parcel).toMatchObject({ warehouseId: warehouse1, purchaseOrderId: po.id, trackingNumber: "SF1234567890", status: "expected" });
    expect(await kinds("purchaseOrderId", po.id)).toEqual([
      "purchase_order.placed", "purchase_order.accepted", "purchase_order.shipped", "parcel.expected",
    ]);
    expect(await kinds("orderId", order.orderId)).toEqual([
      "purchase_order.placed", "order.purchasing", "purchase_order.accepted", "purchase_order.shipped",
    ]);
    await expect(markPurchaseOrderShipped(database.db, factoryA, po.id, { carrier: "x", trackingNumber: "SF999999999" }))
      .rejects.toBeInstanceOf(ConflictError);
  });

  it("matches a parcel the warehouse scanned before the factory said it shipped; refuses a tracking number in use", async () => {
    const { po } = await placedOrder([2]);
    await acceptPurchaseOrder(database.db, factoryA, po.id);
    const [unmatched] = await database.db
      .insert(inboundParcels)
      .values({ warehouseId: warehouse1, trackingNumber: "YT8888888888", status: "received", receivedAt: new Date() })
      .returning();
    const { parcelId } = await markPurchaseOrderShipped(database.db, factoryA, po.id, { carrier: "圆通", trackingNumber: "YT8888888888" });
    expect(parcelId).toBe(unmatched.id);
    expect((await database.db.select().from(inboundParcels).where(eq(inboundParcels.id, parcelId)))[0]).toMatchObject({
      purchaseOrderId: po.id, status: "received",
    });

    const { po: next } = await placedOrder([1]);
    await acceptPurchaseOrder(database.db, factoryA, next.id);
    const inUse = await markPurchaseOrderShipped(database.db, factoryA, next.id, { carrier: "圆通", trackingNumber: "YT8888888888" }).catch((e) => e);
    expect((inUse as ValidationError).issues).toEqual([{ path: ["trackingNumber"], key: "trackingNumber.inUse" }]);
    expect(await poOf(next.id)).toMatchObject({ status: "accepted", trackingNumber: null });
  });

  it("refunds a line the factory cannot supply, and rejects the purchase order when no line is left", async () => {
    const { order, po } = await placedOrder([3, 7]);
    const refund = await rejectPurchaseOrderLine(database.db, factoryA, po.id, order.lineIds[0], { reason: "缺货 out of stock" });
    expect(refund).toEqual({ orderId: order.orderId, orderLineId: order.lineIds[0], quantity: 3, amountMinor: 330, currency: "GBP" });
    const [line] = await database.db.select().from(orderLines).where(eq(orderLines.id, order.lineIds[0]));
    expect(line).toMatchObject({ status: "refunded", refundedQuantity: 3 });
    expect(await poOf(po.id)).toMatchObject({ status: "placed" });
    // This order's event (the demo data has refunded lines of its own).
    const [event] = await database.db.select().from(timelineEvents).where(and(eq(timelineEvents.kind, "order_line.refunded"), eq(timelineEvents.orderId, order.orderId)));
    expect(event).toMatchObject({ orderId: order.orderId, data: { orderLineId: order.lineIds[0], quantity: 3, amountMinor: 330, refund: "pending" } });
    await expect(rejectPurchaseOrderLine(database.db, factoryA, po.id, order.lineIds[0], { reason: "again" })).rejects.toBeInstanceOf(ConflictError);
    await expect(rejectPurchaseOrderLine(database.db, factoryA, po.id, order.lineIds[1], { reason: " " })).rejects.toBeInstanceOf(ValidationError);

    await acceptPurchaseOrder(database.db, factoryA, po.id);
    await rejectPurchaseOrderLine(database.db, factoryA, po.id, order.lineIds[1], { reason: "停产 discontinued" });
    expect(await poOf(po.id)).toMatchObject({ status: "rejected" });
    expect(await lineStatus(order.lineIds)).toEqual(["refunded", "refunded"]);
    expect(await orderStatus(order.orderId)).toBe("refunded");
    expect(await kinds("purchaseOrderId", po.id)).toEqual([
      "purchase_order.placed", "purchase_order.line_rejected", "purchase_order.accepted", "purchase_order.line_rejected", "purchase_order.rejected",
    ]);
    await expect(acceptPurchaseOrder(database.db, factoryA, po.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("cannot refund a line once the goods have left the factory", async () => {
    const { order, po } = await placedOrder([2]);
    await acceptPurchaseOrder(database.db, factoryA, po.id);
    await markPurchaseOrderShipped(database.db, factoryA, po.id, { carrier: "中通", trackingNumber: "ZT1000000001" });
    await expect(rejectPurchaseOrderLine(database.db, factoryA, po.id, order.lineIds[0], { reason: "late" })).rejects.toBeInstanceOf(ConflictError);
    expect(await lineStatus(order.lineIds)).toEqual(["ordered"]);
  });
});

describe("tenant isolation", () => {
  it("treats another factory's purchase order as not found, and changes nothing", async () => {
    const { order, po } = await placedOrder([1, 1]);
    const before = await poOf(po.id);
    await expect(acceptPurchaseOrder(database.db, factoryB, po.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(rejectPurchaseOrderLine(database.db, factoryB, po.id, order.lineIds[0], { reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(markPurchaseOrderShipped(database.db, factoryB, po.id, { carrier: "x", trackingNumber: "AB1234567" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPackingSlip(database.db, factoryB, po.id)).rejects.toBeInstanceOf(NotFoundError);
    // A line of another purchase order is not found through this one.
    const { po: other, order: otherOrder } = await placedOrder([1]);
    await expect(rejectPurchaseOrderLine(database.db, factoryA, po.id, otherOrder.lineIds[0], { reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await poOf(po.id)).toEqual(before);
    expect(await lineStatus([...order.lineIds, ...otherOrder.lineIds])).toEqual(["ordered", "ordered", "ordered"]);
    expect((await poOf(other.id)).status).toBe("placed");
  });
});

describe("packing slip", () => {
  it("is a PDF with the purchase order number, the lines in the factory's language and the warehouse", async () => {
    const { po } = await placedOrder([5, 2]);
    const slip = await getPackingSlip(database.db, factoryA, po.id);
    expect(slip.number).toBe(po.number);
    expect(slip.lines.map((l) => l.quantity)).toEqual([5, 2]);
    expect(slip.lines[0].title).toMatch(/[\u4e00-\u9fff]/); // the listing's Chinese title, not the buyer's snapshot
    expect(slip.warehouse.address.length).toBeGreaterThan(10);
    // The domestic courier reads the Chinese address and calls the phone.
    expect(slip.warehouse.addressZh).toMatch(/^[\u4e00-\u9fff0-9A-Z]+$/);
    expect(slip.warehouse.phone).toMatch(/^\+86 [\d ]+$/);

    const pdf = await renderPackingSlipPdf(slip);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain(po.number);
    expect(pdf.toString("latin1")).toMatch(/NotoSansCJK/); // the Chinese font is embedded
  });

  it("says which font to install when there is none", async () => {
    const { po } = await placedOrder([1]);
    const slip = await getPackingSlip(database.db, factoryA, po.id);
    const error = await renderPackingSlipPdf(slip, { font: { path: "/nonexistent/NotoSansCJK-Regular.ttc" } }).catch((e) => e);
    expect(error).toBeInstanceOf(MissingFontError);
    expect((error as Error).message).toMatch(/fonts-noto-cjk/);
  });
});
