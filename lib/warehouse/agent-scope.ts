import "server-only";
// An agent sees only its own warehouses: every read and write of a parcel, QC record or shipment
// goes through these finders, which answer NotFoundError (a 404) for another agent's id.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { inboundParcels, qcChecks, shipments, warehouses } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

export async function ownWarehouse(db: DbOrTx, agentId: number, warehouseId: number) {
  const [row] = await db.select().from(warehouses).where(and(eq(warehouses.id, warehouseId), eq(warehouses.agentId, agentId)));
  if (!row) throw new NotFoundError("warehouse", warehouseId);
  return row;
}

export async function ownWarehouseIds(db: DbOrTx, agentId: number): Promise<number[]> {
  return (await db.select({ id: warehouses.id }).from(warehouses).where(eq(warehouses.agentId, agentId)).orderBy(warehouses.id)).map((w) => w.id);
}

export async function ownParcel(db: DbOrTx, agentId: number, parcelId: number, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ parcel: inboundParcels })
    .from(inboundParcels)
    .innerJoin(warehouses, eq(warehouses.id, inboundParcels.warehouseId))
    .where(and(eq(inboundParcels.id, parcelId), eq(warehouses.agentId, agentId)));
  const [row] = options.forUpdate ? await query.for("update", { of: inboundParcels }) : await query;
  if (!row) throw new NotFoundError("parcel", parcelId);
  return row.parcel;
}

export async function ownQcCheck(db: DbOrTx, agentId: number, qcCheckId: number, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ check: qcChecks, warehouseId: inboundParcels.warehouseId })
    .from(qcChecks)
    .innerJoin(inboundParcels, eq(inboundParcels.id, qcChecks.parcelId))
    .innerJoin(warehouses, eq(warehouses.id, inboundParcels.warehouseId))
    .where(and(eq(qcChecks.id, qcCheckId), eq(warehouses.agentId, agentId)));
  const [row] = options.forUpdate ? await query.for("update", { of: qcChecks }) : await query;
  if (!row) throw new NotFoundError("qcCheck", qcCheckId);
  return row;
}

export async function ownShipment(db: DbOrTx, agentId: number, shipmentId: number, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ shipment: shipments })
    .from(shipments)
    .innerJoin(warehouses, eq(warehouses.id, shipments.warehouseId))
    .where(and(eq(shipments.id, shipmentId), eq(warehouses.agentId, agentId)));
  const [row] = options.forUpdate ? await query.for("update", { of: shipments }) : await query;
  if (!row) throw new NotFoundError("shipment", shipmentId);
  return row.shipment;
}
