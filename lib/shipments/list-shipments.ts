import "server-only";
// Shipment lists: the agent's (its warehouses, by status) and the buyer's own.
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { shipmentItems, shipments, users, warehouses } from "@/db/schema";
import { access, defineOperation } from "@/lib/gate";
import { shipmentStatuses } from "./shipment-status";

const columns = {
  id: shipments.id, number: shipments.number, status: shipments.status, createdAt: shipments.createdAt, rehearsal: shipments.rehearsal,
  currency: shipments.currency, country: shipments.country, warehouseCode: warehouses.code, trackingNumber: shipments.trackingNumber,
  predictedChargeableG: shipments.predictedChargeableG, chargeableWeightG: shipments.chargeableWeightG,
  items: sql<number>`(select count(*)::int from ${shipmentItems} where ${shipmentItems.shipmentId} = ${shipments.id})`,
};

export async function listAgentShipments(db: DbOrTx, agentId: number, status?: (typeof shipmentStatuses)[number]) {
  return db
    .select({ ...columns, buyerName: users.name })
    .from(shipments)
    .innerJoin(warehouses, eq(warehouses.id, shipments.warehouseId))
    .innerJoin(users, eq(users.id, shipments.buyerId))
    .where(and(eq(warehouses.agentId, agentId), status ? eq(shipments.status, status) : sql`true`))
    .orderBy(desc(shipments.createdAt))
    .limit(200);
}

export async function listBuyerShipments(db: DbOrTx, buyerId: number) {
  return db.select(columns).from(shipments).innerJoin(warehouses, eq(warehouses.id, shipments.warehouseId)).where(eq(shipments.buyerId, buyerId)).orderBy(desc(shipments.createdAt)).limit(200);
}

export const agentShipmentsOp = defineOperation({
  name: "shipments.listForAgent",
  access: access.member("agent"),
  input: z.object({ status: z.enum(shipmentStatuses).optional().catch(undefined) }),
  run: ({ db, caller }, { status }) => listAgentShipments(db, caller.organisation.organisationId, status),
});
