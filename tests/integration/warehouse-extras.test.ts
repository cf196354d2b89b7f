// The warehouse's extras against a real database (issue 10, items 4–5): storage past the free days
// and extra QC photos billed into the shipment's payment, once; abandonment by the sweep with its
// reminders (once each, in-app and mail), idempotent; extra photos ordered by the buyer and taken
// by the agent (a 4th photo, not more than ordered); another buyer or agent answered not found.
import { and, eq, isNull, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { agents, extraCharges, notifications, orderLines, outboxEmails, payments, qcChecks, qcPhotos, shipments, timelineEvents, users } from "@/db/schema";
import { drainJobs } from "@/lib/jobs/drain-jobs";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { convertFromCny } from "@/lib/money/convert";
import { acceptPurchaseOrder } from "@/lib/purchase-orders/accept-purchase-order";
import { createPurchaseOrders } from "@/lib/purchase-orders/create-purchase-orders";
import { markPurchaseOrderShipped } from "@/lib/purchase-orders/mark-purchase-order-shipped";
import { approveRehearsal } from "@/lib/shipments/approve-rehearsal";
import { createShipment } from "@/lib/shipments/create-shipment";
import { packShipment, startPacking } from "@/lib/shipments/pack-shipment";
import { listStoredGoods } from "@/lib/shipments/stored-goods";
import { abandonGoods, remindAbandonment } from "@/lib/warehouse/abandon-goods";
import { addQcPhotos } from "@/lib/warehouse/add-qc-photos";
import { buyerOrderGoods } from "@/lib/warehouse/buyer-order-goods";
import { decideGoods } from "@/lib/warehouse/decide-goods";
import { orderExtraPhotos } from "@/lib/warehouse/order-extra-photos";
import { receiveParcel } from "@/lib/warehouse/receive-parcel";
import { recordQc } from "@/lib/warehouse/record-qc";
import { storeGoods } from "@/lib/warehouse/store-goods";
import { chargeStorageFees } from "@/lib/warehouse/warehouse-jobs";
import { twoFactories } from "../fixtures/factory-data";
import { fulfilmentSetup, insertPaidOrder, skusOfFactory, type Fulfilment } from "../fixtures/paid-orders";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

const DAY = 86_400_000;
let database: TestDatabase;
let setup: Fulfilment;
let factoryA: number;
let agent1: number;
let warehouse1: number;
let agent2: number;
let skusA: { id: number }[];
let photo: Blob;
let policy: typeof agents.$inferSelect;
let otherBuyer: number;
let seq = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  [factoryA] = await twoFactories(database.db);
  setup = await fulfilmentSetup(database.db);
  [[agent1, warehouse1], [agent2]] = setup.agents;
  skusA = await skusOfFactory(database.db, factoryA, 3);
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#36c" } }).png().toBuffer();
  photo = new Blob([new Uint8Array(png)], { type: "image/png" });
  [policy] = await database.db.select().from(agents).where(eq(agents.organisationId, agent1));
  [{ id: otherBuyer }] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, "factory@haozao.test"));
});
afterAll(async () => {
  await database?.close();
});

const db = () => database.db;
async function lineTo(country: string) {
  const rows = rowsOf<{ id: number }>(await db().execute(sql`select l.id from shipping_lines l join shipping_line_countries c on c.line_id = l.id
    where l.agent_id = ${agent1} and c.country = ${country} and l.active and l.pricing = 'parcel' order by l.id limit 1`));
  return Number(rows[0].id);
}

/** Goods of a paid order, checked with three photos, approved and shelved at `storedAt`. */
async function storedGoods(quantity: number, storedAt: Date) {
  const tracking = `SFX${process.pid % 1000}${++seq}${Date.now() % 100000}`;
  const order = await insertPaidOrder(db(), setup, warehouse1, [{ skuId: skusA[seq % skusA.length].id, quantity }]);
  const [po] = await createPurchaseOrders(db(), agent1, { orderLineIds: order.lineIds });
  await acceptPurchaseOrder(db(), factoryA, po.id);
  await markPurchaseOrderShipped(db(), factoryA, po.id, { carrier: "SF", trackingNumber: tracking });
  const scan = await receiveParcel(db(), agent1, warehouse1, tracking, null);
  const qc = await recordQc(db(), agent1, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: { countedQuantity: String(quantity), optionsMatch: "on", result: "passed" }, photos: [photo, photo, photo] }, null);
  await decideGoods(db(), setup.buyerId, qc.qcCheckId, "accept");
  await storeGoods(db(), agent1, qc.qcCheckId, `X-${seq}`, null, storedAt);
  return { orderId: order.orderId, lineId: order.lineIds[0], qcCheckId: qc.qcCheckId, parcelId: scan.parcelId };
}
const charges = (qcCheckId: number) => db().select().from(extraCharges).where(eq(extraCharges.qcCheckId, qcCheckId)).orderBy(extraCharges.id);
const lineStatus = async (id: number) => (await db().select({ s: orderLines.status }).from(orderLines).where(eq(orderLines.id, id)))[0].s;
const orderNumber = async (id: number) => rowsOf<{ n: string }>(await db().execute(sql`select number as n from orders where id = ${id}`))[0].n;
const notes = (kind: string) => db().select().from(notifications).where(and(eq(notifications.userId, setup.buyerId), eq(notifications.kind, kind)));

describe("extras billed with the shipment", () => {
  it("bills the storage months started up to packing and the extra photos into the shipment's payment, once", async () => {
    const now = new Date();
    // Shelved free days + 40 days ago: two months started.
    const g = await storedGoods(3, new Date(now.getTime() - (policy.freeStorageDays + 40) * DAY));
    expect(await chargeStorageFees(db(), now)).toBeGreaterThanOrEqual(2);
    expect(await chargeStorageFees(db(), now)).toBe(0); // the sweep again: nothing new
    expect((await charges(g.qcCheckId)).filter((c) => c.kind === "storage")).toHaveLength(2);
    // The order page shows the fee accrued so far.
    const view = (await buyerOrderGoods(db(), setup.buyerId, g.orderId, now)).get(g.lineId)!;
    expect(view.clock).toMatchObject({ freeDaysLeft: 0, monthsCharged: 2, feeFen: 2 * 3 * policy.storageFeeFenPerItemMonth });
    expect(view.unbilled.storageFen).toBe(2 * 3 * policy.storageFeeFenPerItemMonth);

    await orderExtraPhotos(db(), setup.buyerId, g.qcCheckId, 2);
    const shipment = await createShipment(db(), setup.buyerId, { qcCheckIds: [g.qcCheckId], shippingLineId: await lineTo("GB"), declaredValue: "30.00", insured: false, rehearsal: true });
    await startPacking(db(), agent1, shipment.id, null);
    await packShipment(db(), agent1, shipment.id, { weightKg: "1.2", lengthCm: "30", widthCm: "20", heightCm: "10" }, null, now);
    // Re-weighed after the rehearsal: packed again, billed nothing twice.
    await startPacking(db(), agent1, shipment.id, null);
    await packShipment(db(), agent1, shipment.id, { weightKg: "1.3", lengthCm: "30", widthCm: "20", heightCm: "10" }, null, new Date(now.getTime() + 60_000));
    const { paymentId } = await approveRehearsal(db(), setup.buyerId, shipment.id);

    const all = await charges(g.qcCheckId);
    expect(all.every((c) => c.shipmentId === shipment.id && c.billedAt)).toBe(true);
    const storageFen = all.filter((c) => c.kind === "storage").reduce((s, c) => s + c.amountFen, 0);
    const photosFen = all.filter((c) => c.kind === "qc_photos").reduce((s, c) => s + c.amountFen, 0);
    expect(storageFen).toBe(2 * 3 * policy.storageFeeFenPerItemMonth);
    expect(photosFen).toBe(2 * policy.extraQcPhotoFen);
    const [s] = await db().select().from(shipments).where(eq(shipments.id, shipment.id));
    const [payment] = await db().select().from(payments).where(eq(payments.id, paymentId));
    const details = payment.details as Record<string, number>;
    expect(details.storageMinor).toBe(convertFromCny(storageFen, s.ratePerCny, "GBP"));
    expect(details.extraPhotosMinor).toBe(convertFromCny(photosFen, s.ratePerCny, "GBP"));
    expect(payment.amountMinor).toBe(details.shippingMinor + details.rehearsalMinor + details.insuranceMinor + details.storageMinor + details.extraPhotosMinor);

    // After packing the clock stops for billing: later sweeps add nothing unbilled to these goods.
    await chargeStorageFees(db(), new Date(now.getTime() + 70 * DAY));
    expect(await db().select().from(extraCharges).where(and(eq(extraCharges.qcCheckId, g.qcCheckId), isNull(extraCharges.shipmentId)))).toHaveLength(0);
    // Too late for more photos once packed.
    await expect(orderExtraPhotos(db(), setup.buyerId, g.qcCheckId, 1)).rejects.toMatchObject({ key: "wh.extrasTooLate" });
  });

  it("bills nothing for goods still within their free days", async () => {
    const g = await storedGoods(1, new Date());
    const shipment = await createShipment(db(), setup.buyerId, { qcCheckIds: [g.qcCheckId], shippingLineId: await lineTo("GB"), declaredValue: "5", insured: false, rehearsal: false });
    await startPacking(db(), agent1, shipment.id, null);
    const packed = await packShipment(db(), agent1, shipment.id, { weightKg: "0.4", lengthCm: "10", widthCm: "10", heightCm: "10" }, null);
    const [payment] = await db().select().from(payments).where(eq(payments.id, packed.paymentId!));
    expect(payment.details).toMatchObject({ storageMinor: 0, extraPhotosMinor: 0 });
    expect(await charges(g.qcCheckId)).toHaveLength(0);
  });
});

describe("extra QC photos", () => {
  it("lets the agent add a 4th photo once the buyer ordered one, and not more", async () => {
    const g = await storedGoods(2, new Date());
    await expect(addQcPhotos(db(), agent1, g.qcCheckId, [photo], null)).rejects.toMatchObject({ code: "validation", issues: [{ path: ["photos"], key: "wh.photoLimit" }] });
    await expect(orderExtraPhotos(db(), setup.buyerId, g.qcCheckId, 0)).rejects.toBeInstanceOf(ValidationError);
    await expect(orderExtraPhotos(db(), setup.buyerId, g.qcCheckId, 11)).rejects.toBeInstanceOf(ValidationError);
    await expect(orderExtraPhotos(db(), otherBuyer, g.qcCheckId, 1)).rejects.toBeInstanceOf(NotFoundError);
    const ordered = await orderExtraPhotos(db(), setup.buyerId, g.qcCheckId, 1);
    expect(ordered).toMatchObject({ ordered: 1, amountFen: policy.extraQcPhotoFen });

    await expect(addQcPhotos(db(), agent2, g.qcCheckId, [photo], null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addQcPhotos(db(), agent1, g.qcCheckId, [photo, photo], null)).rejects.toBeInstanceOf(ValidationError);
    const before = (await notes("extra_photos")).length;
    const added = await addQcPhotos(db(), agent1, g.qcCheckId, [photo], null);
    expect(added).toMatchObject({ total: 4, allowed: 4 });
    await expect(addQcPhotos(db(), agent1, g.qcCheckId, [photo], null)).rejects.toMatchObject({ issues: [{ path: ["photos"], key: "wh.photoLimit" }] });
    const rows = await db().select().from(qcPhotos).where(eq(qcPhotos.qcCheckId, g.qcCheckId)).orderBy(qcPhotos.id);
    expect(rows.map((r) => r.paidExtra)).toEqual([false, false, false, true]);
    expect(await notes("extra_photos")).toHaveLength(before + 1);
    const view = (await buyerOrderGoods(db(), setup.buyerId, g.orderId)).get(g.lineId)!;
    expect(view.photos).toHaveLength(4);
    expect(view.unbilled.qcPhotosFen).toBe(policy.extraQcPhotoFen);
    // Another buyer sees nothing of it.
    expect((await buyerOrderGoods(db(), otherBuyer, g.orderId)).size).toBe(0);
  });
});

describe("abandonment", () => {
  it("reminds 30 and 7 days before, once each, then abandons the goods; running again changes nothing", async () => {
    const stored = new Date(Date.now() - 10 * DAY);
    const g = await storedGoods(1, stored);
    const at = (daysBefore: number) => new Date(stored.getTime() + (policy.abandonAfterDays - daysBefore) * DAY + 1000);
    const number = await orderNumber(g.orderId);
    const reminders = async () => (await notes("abandon_reminder")).filter((n) => (n.data as { orderNumber?: string }).orderNumber === number);
    await remindAbandonment(db(), at(31)); // the sweep covers every warehouse: other goods may be due
    expect(await reminders()).toHaveLength(0);
    expect(await remindAbandonment(db(), at(30))).toBeGreaterThanOrEqual(1);
    expect(await reminders()).toHaveLength(1);
    await remindAbandonment(db(), at(29));
    await remindAbandonment(db(), at(8));
    expect(await reminders()).toHaveLength(1);
    const [afterFirst] = await db().select().from(qcChecks).where(eq(qcChecks.id, g.qcCheckId));
    expect(afterFirst.abandonReminderDays).toBe(30);
    await remindAbandonment(db(), at(7));
    await remindAbandonment(db(), at(6));
    expect(await reminders()).toHaveLength(2);
    const [afterSecond] = await db().select().from(qcChecks).where(eq(qcChecks.id, g.qcCheckId));
    expect(afterSecond.abandonReminderDays).toBe(7);

    await abandonGoods(db(), at(1));
    expect(await lineStatus(g.lineId)).toBe("stored");
    expect(await abandonGoods(db(), at(0))).toBeGreaterThanOrEqual(1);
    expect(await lineStatus(g.lineId)).toBe("abandoned");
    expect(await abandonGoods(db(), at(0))).toBe(0);
    const events = await db().select().from(timelineEvents).where(and(eq(timelineEvents.orderId, g.orderId), eq(timelineEvents.kind, "goods.abandoned")));
    expect(events).toHaveLength(1);
    expect(await notes("goods_abandoned")).not.toHaveLength(0);
    // Out of the consolidation picker, and no extras for abandoned goods.
    expect((await listStoredGoods(db(), setup.buyerId)).some((i) => i.qcCheckId === g.qcCheckId)).toBe(false);
    await expect(orderExtraPhotos(db(), setup.buyerId, g.qcCheckId, 1)).rejects.toBeInstanceOf(ConflictError);
    // Storage stops accruing for abandoned goods.
    await chargeStorageFees(db(), at(-60));
    expect(await charges(g.qcCheckId)).toHaveLength(0);
  });

  it("leaves goods in a shipment alone", async () => {
    const stored = new Date(Date.now() - 10 * DAY);
    const g = await storedGoods(1, stored);
    await createShipment(db(), setup.buyerId, { qcCheckIds: [g.qcCheckId], shippingLineId: await lineTo("GB"), declaredValue: "5", insured: false, rehearsal: false });
    await abandonGoods(db(), new Date(stored.getTime() + (policy.abandonAfterDays + 1) * DAY));
    expect(await lineStatus(g.lineId)).toBe("stored");
  });

  it("is run by the queued warehouse sweep, which mails the reminders and the abandonment once", async () => {
    const g1 = await storedGoods(1, new Date(Date.now() - (policy.abandonAfterDays - 20) * DAY));
    const g2 = await storedGoods(1, new Date(Date.now() - (policy.abandonAfterDays + 2) * DAY));
    for (let i = 0; i < 2; i++) {
      await db().transaction((tx) => enqueueJob(tx, "warehouse.sweep", {}));
      expect((await drainJobs(database)).failed).toBe(0);
    }
    expect(await lineStatus(g1.lineId)).toBe("stored");
    expect(await lineStatus(g2.lineId)).toBe("abandoned");
    const [c1] = await db().select().from(qcChecks).where(eq(qcChecks.id, g1.qcCheckId));
    expect(c1.abandonReminderDays).toBe(30);
    const n1 = await orderNumber(g1.orderId);
    const n2 = await orderNumber(g2.orderId);
    const mails = await db().select().from(outboxEmails).where(eq(outboxEmails.to, "buyer@haozao.test"));
    expect(mails.filter((m) => m.body.includes(`/orders/${n1}`) && /abandoned on/.test(m.body))).toHaveLength(1);
    expect(mails.filter((m) => m.body.includes(`/orders/${n2}`) && /were abandoned/.test(m.body))).toHaveLength(1);
  });
});
