// The warehouse chain (issue 10) against a real database: a paid order bought, received, checked,
// approved, stored, consolidated, packed, paid per shipment, shipped, tracked and delivered; and the
// refusals on the way (double scan, unmatched parcel, short shipment, return and refund, another
// buyer's goods, another agent).
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundParcels, orderLines, orders, payments, qcChecks, shipments, timelineEvents, users, notifications, outboxEmails } from "@/db/schema";
import { drainJobs } from "@/lib/jobs/drain-jobs";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { startPayment } from "@/lib/orders/start-payment";
import { completeTestPayment } from "@/lib/payments/complete-test-payment";
import { testProvider } from "@/lib/payments/test-provider";
import { acceptPurchaseOrder } from "@/lib/purchase-orders/accept-purchase-order";
import { createPurchaseOrders } from "@/lib/purchase-orders/create-purchase-orders";
import { markPurchaseOrderShipped } from "@/lib/purchase-orders/mark-purchase-order-shipped";
import { addTrackingEvent } from "@/lib/shipments/add-tracking-event";
import { approveRehearsal } from "@/lib/shipments/approve-rehearsal";
import { createShipment } from "@/lib/shipments/create-shipment";
import { autoConfirmDeliveries, confirmDelivery } from "@/lib/shipments/deliver-shipment";
import { packShipment, startPacking } from "@/lib/shipments/pack-shipment";
import { shipShipment } from "@/lib/shipments/ship-shipment";
import { autoApproveGoods, decideGoods } from "@/lib/warehouse/decide-goods";
import { moveOrderLines } from "@/lib/orders/move-order-lines";
import { inboundFactories, inboundFilters, inboundParcelsPage } from "@/lib/warehouse/list-inbound-parcels";
import { matchParcel } from "@/lib/warehouse/match-parcel";
import { receiveParcel } from "@/lib/warehouse/receive-parcel";
import { recordQc } from "@/lib/warehouse/record-qc";
import { storeGoods } from "@/lib/warehouse/store-goods";
import { twoFactories } from "../fixtures/factory-data";
import { fulfilmentSetup, insertPaidOrder, skusOfFactory, type Fulfilment } from "../fixtures/paid-orders";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let setup: Fulfilment;
let factoryA: number;
let agent1: number;
let warehouse1: number;
let agent2: number;
let skusA: { id: number }[];
let photo: Blob;

beforeAll(async () => {
  database = await createTestDatabase();
  [factoryA] = await twoFactories(database.db);
  setup = await fulfilmentSetup(database.db);
  [[agent1, warehouse1], [agent2]] = setup.agents;
  skusA = await skusOfFactory(database.db, factoryA, 3);
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c33" } }).png().toBuffer();
  photo = new Blob([new Uint8Array(png)], { type: "image/png" });
});
afterAll(async () => {
  await database?.close();
});

const db = () => database.db;
const orderStatus = async (id: number) => (await db().select({ status: orders.status }).from(orders).where(eq(orders.id, id)))[0].status;
const orderKinds = async (id: number) =>
  (await db().select({ kind: timelineEvents.kind }).from(timelineEvents).where(eq(timelineEvents.orderId, id)).orderBy(asc(timelineEvents.id))).map((e) => e.kind);
async function lineOf(agentId: number, country: string) {
  const rows = rowsOf<{ id: number }>(await db().execute(sql`select l.id from shipping_lines l join shipping_line_countries c on c.line_id = l.id
    where l.agent_id = ${agentId} and c.country = ${country} and l.active order by l.id limit 1`));
  return { id: Number(rows[0].id) };
}
const passed = (counted: number) => ({ countedQuantity: String(counted), optionsMatch: "on", result: "passed", note: "" });

/** A paid order of factory A, bought, accepted and shipped by the factory. */
async function shippedOrder(quantities: number[], tracking: string) {
  const order = await insertPaidOrder(db(), setup, warehouse1, quantities.map((quantity, i) => ({ skuId: skusA[i].id, quantity })));
  const [po] = await createPurchaseOrders(db(), agent1, { orderLineIds: order.lineIds });
  await acceptPurchaseOrder(db(), factoryA, po.id);
  await markPurchaseOrderShipped(db(), factoryA, po.id, { carrier: "SF", trackingNumber: tracking });
  return { order, po };
}

describe("the whole chain", () => {
  it("takes two paid orders to one delivered shipment, paid per shipment, on the buyer's one timeline", async () => {
    const a = await shippedOrder([2], "SFCHAIN0001");
    const b = await shippedOrder([3], "SFCHAIN0002");
    expect(await orderStatus(a.order.orderId)).toBe("purchasing");

    const scan = await receiveParcel(db(), agent1, warehouse1, " sfchain0001 ", null);
    expect(scan.outcome).toBe("received");
    const again = await receiveParcel(db(), agent1, warehouse1, "SFCHAIN0001", null);
    expect(again).toMatchObject({ outcome: "duplicate", parcelId: scan.parcelId });
    expect(await db().select().from(inboundParcels).where(eq(inboundParcels.trackingNumber, "SFCHAIN0001"))).toHaveLength(1);
    // The PO barcode on our packing slip works as well as the tracking number.
    const byPo = await receiveParcel(db(), agent1, warehouse1, b.po.number, null);
    expect(byPo.outcome).toBe("received");

    const qcA = await recordQc(db(), agent1, { parcelId: scan.parcelId, orderLineId: a.order.lineIds[0], fields: passed(2), photos: [photo] }, null);
    expect(qcA.photos).toHaveLength(1);
    const qcB = await recordQc(db(), agent1, { parcelId: byPo.parcelId, orderLineId: b.order.lineIds[0], fields: passed(3), photos: [] }, null);
    expect((await db().select().from(inboundParcels).where(eq(inboundParcels.id, scan.parcelId)))[0].status).toBe("qc_passed");
    expect(await db().select().from(notifications).where(and(eq(notifications.userId, setup.buyerId), eq(notifications.kind, "qc_ready")))).not.toHaveLength(0);

    // Not before the buyer approves.
    await expect(storeGoods(db(), agent1, qcA.qcCheckId, "A-01-1", null)).rejects.toBeInstanceOf(ConflictError);
    await decideGoods(db(), setup.buyerId, qcA.qcCheckId, "accept");
    await decideGoods(db(), setup.buyerId, qcB.qcCheckId, "accept");
    await storeGoods(db(), agent1, qcA.qcCheckId, "a-01-1", null);
    await storeGoods(db(), agent1, qcB.qcCheckId, "A-01-2", null);
    expect(await orderStatus(a.order.orderId)).toBe("at_warehouse");

    const line = await lineOf(agent1, "GB");
    const shipment = await createShipment(db(), setup.buyerId, { qcCheckIds: [qcA.qcCheckId, qcB.qcCheckId], shippingLineId: line.id, declaredValue: "40.00", insured: true, rehearsal: true });
    expect(shipment.prediction.chargeableWeightG).toBeGreaterThan(0);
    expect(shipment.prediction.costFen).toBeGreaterThan(0);
    // The same goods cannot go into a second shipment.
    await expect(createShipment(db(), setup.buyerId, { qcCheckIds: [qcA.qcCheckId], shippingLineId: line.id, declaredValue: "1", insured: false, rehearsal: false })).rejects.toBeInstanceOf(ConflictError);

    await startPacking(db(), agent1, shipment.id, null);
    const packed = await packShipment(db(), agent1, shipment.id, { weightKg: "2.4", lengthCm: "40", widthCm: "30", heightCm: "20" }, null);
    expect(packed.paymentId).toBeNull(); // rehearsal: held for approval
    await expect(shipShipment(db(), agent1, shipment.id, { carrier: "DHL", trackingNumber: "DHL12345678" }, null)).rejects.toBeInstanceOf(ConflictError);
    const { paymentId } = await approveRehearsal(db(), setup.buyerId, shipment.id);
    const [payment] = await db().select().from(payments).where(eq(payments.id, paymentId));
    expect(payment.kind).toBe("shipping");
    expect((payment.details as { differenceMinor: number }).differenceMinor).toEqual(expect.any(Number));
    // Nothing ships unpaid.
    await expect(shipShipment(db(), agent1, shipment.id, { carrier: "DHL", trackingNumber: "DHL12345678" }, null)).rejects.toMatchObject({ key: "wh.unpaid" });

    await startPayment(db(), testProvider, { buyerId: setup.buyerId, orderId: payment.orderId, kind: "shipping", locale: "en", returnUrl: "http://x/en/shipments/x" });
    await completeTestPayment(db(), paymentId, setup.buyerId, "paid");
    await shipShipment(db(), agent1, shipment.id, { carrier: "DHL", trackingNumber: "dhl 1234 5678" }, null);
    expect(await orderStatus(a.order.orderId)).toBe("shipping");
    await addTrackingEvent(db(), { agentId: agent1, shipmentId: shipment.id }, { stage: "export_customs", location: "Shenzhen" }, "agent", null);
    await confirmDelivery(db(), setup.buyerId, shipment.id);
    expect(await orderStatus(a.order.orderId)).toBe("delivered");
    expect(await orderStatus(b.order.orderId)).toBe("delivered");
    const kinds = await orderKinds(a.order.orderId);
    for (const k of ["order.purchasing", "parcel.received", "qc.passed", "goods.approved", "goods.stored", "order.at_warehouse", "shipment.requested", "shipment.packed",
      "shipment.rehearsal_approved", "shipment.payment_requested", "shipment.paid", "shipment.shipped", "tracking.export_customs", "shipment.delivered", "order.delivered"]) {
      expect(kinds).toContain(k);
    }
    const [qcEvent] = await db().select().from(timelineEvents).where(and(eq(timelineEvents.orderId, a.order.orderId), eq(timelineEvents.kind, "qc.passed")));
    expect((qcEvent.data as { photos: string[] }).photos).toEqual(qcA.photos);
  });
});

describe("refusals and the odd parcel", () => {
  it("keeps an unknown tracking number as an unmatched parcel and matches it to its purchase order later", async () => {
    const { order, po } = await shippedOrder([1], "SFMATCH0001");
    const scan = await receiveParcel(db(), agent1, warehouse1, "UNKNOWN77777", null);
    expect(scan.outcome).toBe("unmatched");
    await expect(recordQc(db(), agent1, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: passed(1), photos: [] }, null)).rejects.toBeInstanceOf(ConflictError);
    await matchParcel(db(), agent1, scan.parcelId, po.number, null);
    const parcels = await db().select().from(inboundParcels).where(eq(inboundParcels.purchaseOrderId, po.id));
    expect(parcels).toHaveLength(1);
    expect(parcels[0]).toMatchObject({ id: scan.parcelId, status: "received" });
    const [l] = await db().select({ status: orderLines.status }).from(orderLines).where(eq(orderLines.id, order.lineIds[0]));
    expect(l.status).toBe("received");
  });

  it("pages the inbound list, newest first, with a cursor that skips and repeats nothing", async () => {
    for (let i = 0; i < 5; i++) await receiveParcel(db(), agent1, warehouse1, `PAGE${i}UNKNOWN`, null);
    const all = await inboundParcelsPage(db(), agent1, {}, new Date(), 1000);
    expect(all.next).toBeNull();
    const seen: number[] = [];
    let before: string | undefined;
    for (let n = 0; n < 100; n++) {
      const page = await inboundParcelsPage(db(), agent1, inboundFilters.parse({ before }), new Date(), 2);
      seen.push(...page.parcels.map((p) => p.id));
      if (!page.next) break;
      before = page.next;
    }
    expect(seen).toEqual(all.parcels.map((p) => p.id));
    expect(seen.length).toBeGreaterThanOrEqual(5);
    // Another agent's list is empty, and a forged cursor is ignored rather than failing.
    expect((await inboundParcelsPage(db(), agent2, {})).parcels).toEqual([]);
    expect(inboundFilters.parse({ before: "2026-01-01T00:00:00Z~99999999999" }).before).toBeUndefined();
    expect(inboundFilters.parse({ before: "x'; drop table--" }).before).toBeUndefined();
    expect((await inboundFactories(db(), agent1)).map((f) => f.id)).toContain(factoryA);
    expect(await inboundFactories(db(), agent2)).toEqual([]);
  });

  it("refuses every move of an order line its state machine forbids, and changes nothing", async () => {
    const order = await insertPaidOrder(db(), setup, warehouse1, [{ skuId: skusA[0].id, quantity: 1 }]);
    const line = order.lineIds[0];
    const status = async () => (await db().select({ status: orderLines.status }).from(orderLines).where(eq(orderLines.id, line)))[0].status;
    for (const to of ["received", "qc_passed", "stored", "shipped", "abandoned"] as const) {
      await expect(db().transaction((tx) => moveOrderLines(tx, [line], to))).rejects.toBeInstanceOf(ConflictError);
      expect(await status()).toBe("open");
    }
    await db().transaction((tx) => moveOrderLines(tx, [line], "ordered"));
    expect(await status()).toBe("ordered");
    await expect(db().transaction((tx) => moveOrderLines(tx, [line], "open"))).rejects.toBeInstanceOf(ConflictError);
  });

  it("records a short shipment against the purchase order", async () => {
    const { order } = await shippedOrder([5], "SFSHORT0001");
    const scan = await receiveParcel(db(), agent1, warehouse1, "SFSHORT0001", null);
    const qc = await recordQc(db(), agent1, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: passed(3), photos: [] }, null);
    expect(qc.difference).toBe(-2);
    const [row] = await db().select().from(qcChecks).where(eq(qcChecks.id, qc.qcCheckId));
    expect(row).toMatchObject({ countedQuantity: 3, expectedQuantity: 5 });
  });

  it("returns and refunds a failed line at the buyer's request", async () => {
    const { order } = await shippedOrder([2], "SFFAIL00001");
    const scan = await receiveParcel(db(), agent1, warehouse1, "SFFAIL00001", null);
    await expect(recordQc(db(), agent1, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: { countedQuantity: "2", optionsMatch: "on", result: "failed" }, photos: [] }, null))
      .rejects.toBeInstanceOf(ValidationError); // a failure says why
    const qc = await recordQc(db(), agent1, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: { countedQuantity: "2", defectsFound: "on", defectTags: ["stain"], result: "failed" }, photos: [] }, null);
    await expect(decideGoods(db(), setup.buyerId + 100000, qc.qcCheckId, "return_refund")).rejects.toBeInstanceOf(NotFoundError);
    await decideGoods(db(), setup.buyerId, qc.qcCheckId, "return_refund");
    await expect(decideGoods(db(), setup.buyerId, qc.qcCheckId, "accept")).rejects.toBeInstanceOf(ConflictError);
    expect(await orderStatus(order.orderId)).toBe("refunded");
    const [p] = await db().select().from(inboundParcels).where(eq(inboundParcels.id, scan.parcelId));
    expect(p.status).toBe("returned");
    expect(await orderKinds(order.orderId)).toEqual(expect.arrayContaining(["qc.failed", "goods.returned", "order.refunded"]));
  });

  it("approves unanswered goods when their due date passes", async () => {
    const { order } = await shippedOrder([1], "SFAUTO00001");
    const scan = await receiveParcel(db(), agent1, warehouse1, "SFAUTO00001", null);
    const qc = await recordQc(db(), agent1, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: passed(1), photos: [] }, null);
    expect(await autoApproveGoods(db(), new Date())).toBe(0);
    expect(await autoApproveGoods(db(), new Date(Date.now() + 6 * 86_400_000))).toBeGreaterThanOrEqual(1);
    const [row] = await db().select().from(qcChecks).where(eq(qcChecks.id, qc.qcCheckId));
    expect(row).toMatchObject({ buyerDecision: "accept", decidedBy: "auto" });
  });

  it("lets the queued sweep job approve goods whose due date passed, and mails the buyer", async () => {
    const { order } = await shippedOrder([1], "SFJOB000001");
    const scan = await receiveParcel(db(), agent1, warehouse1, "SFJOB000001", null);
    const qc = await recordQc(db(), agent1, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: passed(1), photos: [] }, null);
    await db().update(qcChecks).set({ approvalDueAt: new Date(Date.now() - 60_000) }).where(eq(qcChecks.id, qc.qcCheckId));
    await db().transaction((tx) => enqueueJob(tx, "warehouse.sweep", {}));
    const report = await drainJobs(database);
    expect(report.failed).toBe(0);
    const [row] = await db().select().from(qcChecks).where(eq(qcChecks.id, qc.qcCheckId));
    expect(row).toMatchObject({ buyerDecision: "accept", decidedBy: "auto" });
    const mails = await db().select().from(outboxEmails).where(eq(outboxEmails.to, "buyer@haozao.test"));
    const [{ n }] = await db().select({ n: orders.number }).from(orders).where(eq(orders.id, order.orderId));
    expect(mails.some((m) => m.body.includes(`/orders/${n}`))).toBe(true);
  });

  it("refuses a shipment with another buyer's goods", async () => {
    const { order } = await shippedOrder([1], "SFOTHER0001");
    const scan = await receiveParcel(db(), agent1, warehouse1, "SFOTHER0001", null);
    const qc = await recordQc(db(), agent1, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: passed(1), photos: [] }, null);
    await decideGoods(db(), setup.buyerId, qc.qcCheckId, "accept");
    await storeGoods(db(), agent1, qc.qcCheckId, "B-2", null);
    const [other] = await db().select({ id: users.id }).from(users).where(eq(users.email, "factory@haozao.test"));
    await expect(createShipment(db(), other.id, { qcCheckIds: [qc.qcCheckId], shippingLineId: (await lineOf(agent1, "GB")).id, declaredValue: "1", insured: false, rehearsal: false }))
      .rejects.toBeInstanceOf(ConflictError);
  });

  it("answers not found to another agent everywhere", async () => {
    const { order, po } = await shippedOrder([1], "SFAGENT0001");
    await expect(receiveParcel(db(), agent2, warehouse1, "SFAGENT0001", null)).rejects.toBeInstanceOf(NotFoundError);
    const scan = await receiveParcel(db(), agent1, warehouse1, "SFAGENT0001", null);
    await expect(recordQc(db(), agent2, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: passed(1), photos: [] }, null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(matchParcel(db(), agent2, scan.parcelId, po.number, null)).rejects.toBeInstanceOf(NotFoundError);
    const qc = await recordQc(db(), agent1, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: passed(1), photos: [] }, null);
    await decideGoods(db(), setup.buyerId, qc.qcCheckId, "accept");
    await expect(storeGoods(db(), agent2, qc.qcCheckId, "C-1", null)).rejects.toBeInstanceOf(NotFoundError);
    const [s] = await db().select({ id: shipments.id }).from(shipments).limit(1);
    if (s) {
      await expect(startPacking(db(), agent2, s.id, null)).rejects.toBeInstanceOf(NotFoundError);
      await expect(addTrackingEvent(db(), { agentId: agent2, shipmentId: s.id }, { stage: "in_transit" }, "agent", null)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await autoConfirmDeliveries(db(), new Date())).toBe(0);
    void inArray;
  });
});
