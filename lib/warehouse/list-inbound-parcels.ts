import "server-only";
// The inbound list (SPEC 6): expected parcels (from shipped purchase orders, with the factory's
// carrier and tracking number) and received ones, of the agent's warehouses only, filterable by
// status, factory and age. Served by inbound_parcels_list_idx (warehouse, status, created_at).
import { and, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { factories, inboundParcels, purchaseOrders, warehouses } from "@/db/schema";
import { access, defineOperation } from "@/lib/gate";
import { ownWarehouseIds } from "./agent-scope";
import { parcelStatuses } from "./parcel-status";

export const inboundFilters = z.object({
  status: z.enum(parcelStatuses).optional().catch(undefined),
  factory: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  /** Older than this many days (a parcel waiting too long). */
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
  maxAgeDays: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
  warehouse: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
});
export type InboundFilters = z.infer<typeof inboundFilters>;

/** The agent's warehouses are resolved first, so the list reads the (warehouse, status, created_at) index. */
export async function listInboundParcels(db: DbOrTx, agentId: number, filters: InboundFilters, now = new Date(), limit = 100) {
  return inboundParcelsQuery(db, await ownWarehouseIds(db, agentId), filters, now, limit);
}

export function inboundParcelsQuery(db: DbOrTx, ownIds: number[], filters: InboundFilters, now = new Date(), limit = 100) {
  const wanted = filters.warehouse ? ownIds.filter((id) => id === filters.warehouse) : ownIds;
  const own = wanted.length ? wanted : [-1];
  const day = 86_400_000;
  return db
    .select({
      id: inboundParcels.id, status: inboundParcels.status, trackingNumber: inboundParcels.trackingNumber, carrier: inboundParcels.carrier,
      createdAt: inboundParcels.createdAt, receivedAt: inboundParcels.receivedAt, warehouseCode: warehouses.code,
      purchaseOrderNumber: purchaseOrders.number, factoryId: purchaseOrders.factoryId, factoryName: factories.nameZh,
    })
    .from(inboundParcels)
    .innerJoin(warehouses, eq(warehouses.id, inboundParcels.warehouseId))
    .leftJoin(purchaseOrders, eq(purchaseOrders.id, inboundParcels.purchaseOrderId))
    .leftJoin(factories, eq(factories.organisationId, purchaseOrders.factoryId))
    .where(
      and(
        inArray(inboundParcels.warehouseId, own),
        filters.status ? eq(inboundParcels.status, filters.status) : sql`true`,
        filters.factory ? eq(purchaseOrders.factoryId, filters.factory) : sql`true`,
        filters.minAgeDays != null ? lte(inboundParcels.createdAt, new Date(now.getTime() - filters.minAgeDays * day)) : sql`true`,
        filters.maxAgeDays != null ? gte(inboundParcels.createdAt, new Date(now.getTime() - filters.maxAgeDays * day)) : sql`true`,
      ),
    )
    .orderBy(desc(inboundParcels.createdAt), desc(inboundParcels.id))
    .limit(limit);
}

export const inboundParcelsOp = defineOperation({
  name: "warehouse.inboundParcels",
  access: access.member("agent"),
  input: inboundFilters,
  run: ({ db, caller }, filters) => listInboundParcels(db, caller.organisation.organisationId, filters),
});
