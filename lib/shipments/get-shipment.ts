import "server-only";
// One shipment with its goods, payment and timeline: for the agent running its warehouse, or for
// its buyer (by number). Anyone else gets a 404.
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx, Tx } from "@/db/client";
import { listings, orderLines, orders, shipmentItems, shipments, shippingLines, timelineEvents, users, warehouses } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { ownShipment } from "@/lib/warehouse/agent-scope";
import { shipmentExtras } from "@/lib/warehouse/extra-charges";
import { shipmentPaymentOf } from "./shipment-payment";

export type ShipmentView = Awaited<ReturnType<typeof shipmentView>>;

async function shipmentView(db: DbOrTx, shipment: typeof shipments.$inferSelect) {
  const items = await db
    .select({
      orderLineId: orderLines.id, quantity: shipmentItems.quantity, snapshot: orderLines.snapshot, orderNumber: orders.number,
      unitPriceFen: orderLines.unitPriceFen, lineTotalMinor: orderLines.lineTotalMinor, unitWeightG: listings.weightG, hsCode: listings.hsCode,
    })
    .from(shipmentItems)
    .innerJoin(orderLines, eq(orderLines.id, shipmentItems.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(listings, eq(listings.id, orderLines.listingId))
    .where(eq(shipmentItems.shipmentId, shipment.id))
    .orderBy(asc(orderLines.id));
  const [line] = await db.select().from(shippingLines).where(eq(shippingLines.id, shipment.shippingLineId));
  const [wh] = await db.select().from(warehouses).where(eq(warehouses.id, shipment.warehouseId));
  const [buyer] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, shipment.buyerId));
  const payment = await shipmentPaymentOf(db as Tx, shipment.id);
  const extras = await shipmentExtras(db, shipment.id);
  const events = await db.select().from(timelineEvents).where(eq(timelineEvents.shipmentId, shipment.id)).orderBy(asc(timelineEvents.id));
  return { shipment, items: items.map(({ snapshot, ...i }) => ({ ...i, title: snapshot.title, options: snapshot.options, photoKey: snapshot.photoKey ?? null })), line, warehouse: wh, buyer, payment, extras, events };
}

export async function getAgentShipment(db: DbOrTx, agentId: number, shipmentId: number) {
  return shipmentView(db, await ownShipment(db, agentId, shipmentId));
}

export async function getBuyerShipment(db: DbOrTx, buyerId: number, number: string) {
  const [shipment] = await db.select().from(shipments).where(and(eq(shipments.number, number), eq(shipments.buyerId, buyerId)));
  if (!shipment) throw new NotFoundError("shipment", number);
  return shipmentView(db, shipment);
}

export const getAgentShipmentOp = defineOperation({
  name: "shipments.getForAgent",
  access: access.member("agent"),
  input: z.object({ shipmentId: zId }),
  run: ({ db, caller }, { shipmentId }) => getAgentShipment(db, caller.organisation.organisationId, shipmentId),
});

export const getBuyerShipmentOp = defineOperation({
  name: "shipments.getForBuyer",
  access: access.user,
  input: z.object({ number: z.string().regex(/^SH\d{8,20}$/, "invalid") }),
  run: ({ db, caller }, { number }) => getBuyerShipment(db, caller.user.id, number),
});
