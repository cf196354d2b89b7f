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
  /** Keyset paging: parcels older than this one ("<created_at ISO>~<id>", from the previous page's `next`). */
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z~\d{1,10}$/)
    .refine((v) => !Number.isNaN(Date.parse(v.split("~")[0])) && Number(v.split("~")[1]) <= 2_147_483_647)
    .optional()
    .catch(undefined),
});
export type InboundFilters = z.infer<typeof inboundFilters>;

/** The agent's warehouses are resolved first, so the list reads the (warehouse, status, created_at) index. */
export async function listInboundParcels(db: DbOrTx, agentId: number, filters: InboundFilters, now = new Date(), limit = 100) {
  return inboundParcelsQuery(db, await ownWarehouseIds(db, agentId), filters, now, limit);
}

/** One page of the list and the cursor of the next (older) one, null on the last page. */
export async function inboundParcelsPage(db: DbOrTx, agentId: number, filters: InboundFilters, now = new Date(), limit = 50) {
  const rows = await listInboundParcels(db, agentId, filters, now, limit + 1);
  const parcels = rows.slice(0, limit);
  const last = parcels.at(-1);
  return { parcels, next: rows.length > limit && last ? `${last.createdAt.toISOString()}~${last.id}` : null };
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
        filters.before
          ? sql`(${inboundParcels.createdAt}, ${inboundParcels.id}) < (${filters.before.split("~")[0]}::timestamptz, ${Number(filters.before.split("~")[1])}::int)`
          : sql`true`,
      ),
    )
    .orderBy(desc(inboundParcels.createdAt), desc(inboundParcels.id))
    .limit(limit);
}

export const inboundParcelsOp = defineOperation({
  name: "warehouse.inboundParcels",
  access: access.member("agent"),
  input: inboundFilters,
  run: ({ db, caller }, filters) => inboundParcelsPage(db, caller.organisation.organisationId, filters),
});

/** The factories the agent has bought from, for the list's factory filter (an index probe per factory). */
export function inboundFactories(db: DbOrTx, agentId: number) {
  return db
    .select({ id: factories.organisationId, name: factories.nameZh })
    .from(factories)
    .where(sql`exists (select 1 from ${purchaseOrders} where ${purchaseOrders.agentId} = ${agentId} and ${purchaseOrders.factoryId} = ${factories.organisationId})`)
    .orderBy(factories.nameZh);
}
