// Demo orders at every stage of the warehouse chain for the demo buyer with the demo agent, made by
// the same operations the pages call: a parcel waiting to be scanned, one received, QC passed and
// failed awaiting the buyer's answer (with photos), goods stored and ready to consolidate, a packed
// shipment waiting for its shipping payment, one shipped with tracking events, one delivered, an
// unmatched parcel, and the extras: goods past their free days with storage fees accrued, goods
// nearing abandonment, goods with extra QC photos ordered. So a newcomer opens /zh/agent and /en/shipments and sees a live warehouse.
import { randomUUID } from "node:crypto";
import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import sharp from "sharp";
import type { Db } from "../db/client";
import * as s from "../db/schema";
import { placeOrder } from "../lib/orders/place-order";
import { startPayment } from "../lib/orders/start-payment";
import { completeTestPayment } from "../lib/payments/complete-test-payment";
import { testProvider } from "../lib/payments/test-provider";
import { acceptPurchaseOrder } from "../lib/purchase-orders/accept-purchase-order";
import { createPurchaseOrders } from "../lib/purchase-orders/create-purchase-orders";
import { markPurchaseOrderShipped } from "../lib/purchase-orders/mark-purchase-order-shipped";
import { addTrackingEvent } from "../lib/shipments/add-tracking-event";
import { createShipment } from "../lib/shipments/create-shipment";
import { confirmDelivery } from "../lib/shipments/deliver-shipment";
import { packShipment, startPacking } from "../lib/shipments/pack-shipment";
import { shipShipment } from "../lib/shipments/ship-shipment";
import { shipmentPaymentOf } from "../lib/shipments/shipment-payment";
import { addWarehouseShelves } from "../lib/agent-settings/add-warehouse-shelves";
import { decideGoods } from "../lib/warehouse/decide-goods";
import { receiveParcel } from "../lib/warehouse/receive-parcel";
import { recordQc } from "../lib/warehouse/record-qc";
import { storeGoods } from "../lib/warehouse/store-goods";
import { abandonGoods, remindAbandonment } from "../lib/warehouse/abandon-goods";
import { addQcPhotos } from "../lib/warehouse/add-qc-photos";
import { orderExtraPhotos } from "../lib/warehouse/order-extra-photos";
import { chargeStorageFees } from "../lib/warehouse/warehouse-jobs";
import { DEMO_ADDRESS, demoRoute } from "./orders";

async function qcPhoto(colour: string, label: string): Promise<Blob> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"><rect width="480" height="360" fill="${colour}"/><rect x="60" y="60" width="360" height="240" rx="24" fill="#fff" opacity="0.85"/><text x="240" y="195" font-family="sans-serif" font-size="40" text-anchor="middle" fill="#333">${label}</text></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Blob([new Uint8Array(png)], { type: "image/png" });
}

export async function seedDemoWarehouse(db: Db) {
  const [buyer] = await db.select().from(s.users).where(eq(s.users.email, "buyer@haozao.test"));
  const [factoryUser] = await db.select().from(s.users).where(eq(s.users.email, "factory@haozao.test"));
  const [agentUser] = await db.select().from(s.users).where(eq(s.users.email, "agent@haozao.test"));
  if (!buyer || !factoryUser || !agentUser) return;
  const [factory] = await db.select({ id: s.memberships.organizationId }).from(s.memberships).where(eq(s.memberships.userId, factoryUser.id));
  const [agent] = await db.select({ id: s.memberships.organizationId }).from(s.memberships).where(eq(s.memberships.userId, agentUser.id));
  if (!factory || !agent) return;
  // Each of the agent's warehouses has its shelf locations (rows A and B, bays 01-03, levels 1-4),
  // which the store form offers; the goods below are stored on some of them.
  for (const w of await db.select({ id: s.warehouses.id }).from(s.warehouses).where(eq(s.warehouses.agentId, agent.id))) {
    const codes = ["A", "B"].flatMap((row) => ["01", "02", "03"].flatMap((bay) => [1, 2, 3, 4].map((level) => `${row}-${bay}-${level}`)));
    await addWarehouseShelves(db, agent.id, w.id, codes.join("\n"));
  }
  const { warehouse, line } = await demoRoute(db, agent.id);
  if (!warehouse || !line) return;

  const picks = (
    await db
      .selectDistinctOn([s.listings.id], { skuId: s.skus.id, listingId: s.listings.id, moq: s.listings.moq, load: sql<number>`${s.listings.moq} * ${s.listings.weightG}` })
      .from(s.skus)
      .innerJoin(s.listings, eq(s.listings.id, s.skus.listingId))
      .where(and(eq(s.listings.factoryId, factory.id), eq(s.listings.status, "active"), eq(s.skus.active, true), gte(s.skus.stock, sql`${s.listings.moq} * 3 + 50`), lte(sql`${s.listings.moq} * ${s.listings.weightG}`, 60_000)))
      .orderBy(s.listings.id, asc(s.skus.id))
  ).sort((a, b) => Number(a.load) - Number(b.load) || a.listingId - b.listingId);
  if (picks.length < 4) return;
  const sku = (i: number) => picks[i % picks.length];

  let trackingSeq = 0;
  /** A paid order of one line, bought from the demo factory and shipped to the warehouse. */
  const shippedLine = async (i: number) => {
    const [cart] = await db.insert(s.carts).values({ userId: buyer.id }).onConflictDoUpdate({ target: s.carts.userId, set: { updatedAt: new Date() } }).returning();
    await db.delete(s.cartItems).where(eq(s.cartItems.cartId, cart.id));
    await db.insert(s.cartItems).values({ cartId: cart.id, skuId: sku(i).skuId, quantity: sku(i).moq });
    const order = await placeOrder(db, { buyerId: buyer.id, cartId: cart.id, locale: "en", currency: "GBP", address: DEMO_ADDRESS, warehouseId: warehouse.id, shippingLineId: line.id, attemptKey: randomUUID() });
    const { paymentId } = await startPayment(db, testProvider, { buyerId: buyer.id, orderId: order.id, kind: "goods", locale: "en", returnUrl: `/en/orders/${order.number}` });
    await completeTestPayment(db, paymentId, buyer.id, "paid");
    const [lineRow] = await db.select().from(s.orderLines).where(eq(s.orderLines.orderId, order.id));
    const [po] = await createPurchaseOrders(db, agent.id, { orderLineIds: [lineRow.id], actorId: agentUser.id });
    await acceptPurchaseOrder(db, factory.id, po.id, { actorId: factoryUser.id });
    const tracking = `YT${String(7_700_000_000 + ++trackingSeq * 7919)}`;
    await markPurchaseOrderShipped(db, factory.id, po.id, { carrier: "圆通速递", trackingNumber: tracking }, { actorId: factoryUser.id });
    return { order, lineId: lineRow.id, quantity: lineRow.quantity, tracking };
  };
  const received = async (i: number) => {
    const l = await shippedLine(i);
    const scan = await receiveParcel(db, agent.id, warehouse.id, l.tracking, agentUser.id);
    return { ...l, parcelId: scan.parcelId };
  };
  const checked = async (i: number, passed: boolean) => {
    const l = await received(i);
    const qc = await recordQc(db, agent.id, {
      parcelId: l.parcelId, orderLineId: l.lineId,
      fields: passed
        ? { countedQuantity: String(l.quantity), optionsMatch: "on", result: "passed", measurements: "length: 21 cm", note: "" }
        : { countedQuantity: String(l.quantity), optionsMatch: "on", defectsFound: "on", defectTags: ["scratch", "packaging_damaged"], result: "failed", note: "外箱压坏，3 件有划痕" },
      photos: [await qcPhoto(passed ? "#4f9d69" : "#c0504d", passed ? "QC OK" : "QC ✗")],
    }, agentUser.id);
    return { ...l, qcCheckId: qc.qcCheckId };
  };
  const stored = async (i: number, shelf: string, storedAt?: Date) => {
    const l = await checked(i, true);
    await decideGoods(db, buyer.id, l.qcCheckId, "accept");
    await storeGoods(db, agent.id, l.qcCheckId, shelf, agentUser.id, storedAt);
    return l;
  };
  const shipmentOf = async (items: { qcCheckId: number }[]) =>
    createShipment(db, buyer.id, { qcCheckIds: items.map((x) => x.qcCheckId), shippingLineId: line.id, declaredValue: "60.00", insured: true, rehearsal: false });
  const packed = async (items: { qcCheckId: number }[]) => {
    const sh = await shipmentOf(items);
    await startPacking(db, agent.id, sh.id, agentUser.id);
    await packShipment(db, agent.id, sh.id, { weightKg: "6.8", lengthCm: "50", widthCm: "40", heightCm: "30" }, agentUser.id);
    return sh;
  };
  const paidAndShipped = async (items: { qcCheckId: number }[], tracking: string) => {
    const sh = await packed(items);
    const payment = await db.transaction((tx) => shipmentPaymentOf(tx, sh.id));
    const started = await startPayment(db, testProvider, { buyerId: buyer.id, orderId: payment!.orderId, kind: "shipping", locale: "en", returnUrl: `/en/shipments/${sh.number}` });
    await completeTestPayment(db, started.paymentId, buyer.id, "paid");
    await shipShipment(db, agent.id, sh.id, { carrier: "DHL Express", trackingNumber: tracking }, agentUser.id);
    await addTrackingEvent(db, { agentId: agent.id, shipmentId: sh.id }, { stage: "handed_over", location: "Yiwu" }, "agent", agentUser.id);
    await addTrackingEvent(db, { agentId: agent.id, shipmentId: sh.id }, { stage: "export_customs", location: "Shanghai" }, "agent", agentUser.id);
    return sh;
  };

  // Delivered, shipped, packed (payment waiting), stored ×2 (ready to consolidate), QC waiting ×2,
  // approved and waiting for a shelf, received, expected.
  const delivered = await paidAndShipped([await stored(0, "A-01-1")], "1234567890");
  await addTrackingEvent(db, { agentId: agent.id, shipmentId: delivered.id }, { stage: "in_transit", location: "Leipzig" }, "agent", agentUser.id);
  await confirmDelivery(db, buyer.id, delivered.id);
  await paidAndShipped([await stored(1, "A-01-2")], "2345678901");
  // The packed shipment bills extras: storage months past the free days and an extra QC photo.
  const [policy] = await db.select().from(s.agents).where(eq(s.agents.organisationId, agent.id));
  const DAY = 86_400_000;
  const late = await stored(2, "A-02-1", new Date(Date.now() - (policy.freeStorageDays + 35) * DAY));
  await orderExtraPhotos(db, buyer.id, late.qcCheckId, 1);
  await addQcPhotos(db, agent.id, late.qcCheckId, [await qcPhoto("#6b46c1", "QC +1")], agentUser.id);
  await packed([late]);
  await stored(3, "A-02-2");
  await stored(0, "A-02-3");
  // The extras (issue 10): goods past their free days with storage fees accrued, goods nearing
  // abandonment (reminded 30 days before), goods with extra QC photos ordered (one of two taken).
  await stored(1, "B-01-1", new Date(Date.now() - (policy.freeStorageDays + 45) * DAY));
  await chargeStorageFees(db);
  await stored(2, "B-01-2", new Date(Date.now() - (policy.abandonAfterDays - 20) * DAY));
  await remindAbandonment(db);
  await stored(0, "B-03-1", new Date(Date.now() - (policy.abandonAfterDays + 1) * DAY));
  await abandonGoods(db);
  const photographed = await stored(3, "B-02-1");
  await orderExtraPhotos(db, buyer.id, photographed.qcCheckId, 2);
  await addQcPhotos(db, agent.id, photographed.qcCheckId, [await qcPhoto("#3b6ea5", "QC +1")], agentUser.id);
  await checked(1, true);
  await checked(2, false);
  // Approved by the buyer, waiting for a shelf: the parcel page offers the warehouse's shelves.
  const approved = await checked(3, true);
  await decideGoods(db, buyer.id, approved.qcCheckId, "accept");
  await received(3);
  await shippedLine(0);
  await receiveParcel(db, agent.id, warehouse.id, "JT5550001987654", agentUser.id);
}
