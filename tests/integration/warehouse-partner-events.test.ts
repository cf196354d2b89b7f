// A warehouse step on an order placed through the partner API is also a partner event (webhooks
// and the events feed), written in the step's own transaction; buyers' own orders emit nothing.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundParcels, orderLines, orders, organisations, partnerEvents, shipments } from "@/db/schema";
import { recordLineEvents } from "@/lib/warehouse/order-events";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe("warehouse steps as partner events", () => {
  it("emits parcel.received, qc.ready and shipment.shipped for a partner's order, nothing for other steps or a buyer's order", async () => {
    const db = database.db;
    const [partner] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.kind, "partner")).limit(1);
    const [line, other] = await db.select({ id: orderLines.id, orderId: orderLines.orderId }).from(orderLines).orderBy(orderLines.id).limit(40).then((rows) => {
      const first = rows[0];
      return [first, rows.find((r) => r.orderId !== first.orderId)!];
    });
    const [{ id: parcelId }] = await db.select({ id: inboundParcels.id }).from(inboundParcels).limit(1);
    const [{ id: shipmentId }] = await db.select({ id: shipments.id }).from(shipments).limit(1);
    await db.update(orders).set({ partnerId: partner.id }).where(eq(orders.id, line.orderId));
    await db.update(orders).set({ partnerId: null }).where(eq(orders.id, other.orderId));

    await db.transaction(async (tx) => {
      await recordLineEvents(tx, [line.id, other.id], "parcel.received", { trackingNumber: "SF1" }, { parcelId }, null);
      await recordLineEvents(tx, [line.id], "qc.failed", { orderLineId: line.id }, { parcelId }, null);
      await recordLineEvents(tx, [line.id], "goods.stored", { orderLineId: line.id }, { parcelId }, null);
      await recordLineEvents(tx, [line.id], "shipment.shipped", { trackingNumber: "EE1" }, { shipmentId }, null);
    });
    // A step whose transaction rolls back leaves no event.
    await db
      .transaction(async (tx) => {
        await recordLineEvents(tx, [line.id], "shipment.delivered", {}, { shipmentId }, null);
        throw new Error("rollback");
      })
      .catch(() => {});

    const events = await db.select({ type: partnerEvents.type, data: partnerEvents.data }).from(partnerEvents).where(and(eq(partnerEvents.partnerId, partner.id))).orderBy(partnerEvents.id);
    const mine = events.filter((e) => e.data.orderId === line.orderId);
    expect(mine.map((e) => e.type)).toEqual(["parcel.received", "qc.ready", "shipment.shipped"]);
    expect(mine[0].data).toMatchObject({ parcelId, step: "parcel.received" });
    expect(events.some((e) => e.data.orderId === other.orderId)).toBe(false);
  });
});
