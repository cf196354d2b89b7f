import "server-only";
// The inbound list (SPEC 6): expected parcels (from shipped purchase orders, with the factory's
// carrier and tracking number) and received ones, of the agent's warehouses only, filterable by
// status, factory and age, 50 a page with a keyset cursor. Served per warehouse by
// inbound_parcels_list_idx (warehouse, status, created_at, id) and inbound_parcels_recent_idx.
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { rowsOf, type DbOrTx } from "@/db/client";
import { factories, purchaseOrders } from "@/db/schema";
import { access, defineOperation } from "@/lib/gate";
import { ownWarehouseIds } from "./agent-scope";
import { parcelStatuses, type ParcelStatus } from "./parcel-status";

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

export interface InboundParcelRow {
  id: number; status: ParcelStatus; trackingNumber: string; carrier: string | null; createdAt: Date; receivedAt: Date | null;
  warehouseCode: string; purchaseOrderNumber: string | null; factoryId: number | null; factoryName: string | null;
}

/**
 * Newest first, per warehouse through its own index ((warehouse, created_at, id), or (warehouse,
 * status, created_at, id) with a status): each of the agent's warehouses gives its newest `limit`
 * matching parcels (a lateral index scan that stops there), and only those are merged and joined
 * to their purchase orders and factories. The factory filter is checked per parcel as the scan goes.
 */
export function inboundParcelsSql(ownIds: number[], filters: InboundFilters, now = new Date(), limit = 100): SQL {
  const wanted = filters.warehouse ? ownIds.filter((id) => id === filters.warehouse) : ownIds;
  const own = wanted.length ? wanted : [-1];
  const day = 86_400_000;
  const where: SQL[] = [sql`ip.warehouse_id = own.id`];
  if (filters.status) where.push(sql`ip.status = ${filters.status}`);
  if (filters.minAgeDays != null) where.push(sql`ip.created_at <= ${new Date(now.getTime() - filters.minAgeDays * day).toISOString()}::timestamptz`);
  if (filters.maxAgeDays != null) where.push(sql`ip.created_at >= ${new Date(now.getTime() - filters.maxAgeDays * day).toISOString()}::timestamptz`);
  if (filters.before) {
    const [at, id] = filters.before.split("~");
    where.push(sql`(ip.created_at, ip.id) < (${at}::timestamptz, ${Number(id)}::int)`);
  }
  if (filters.factory) where.push(sql`exists (select 1 from purchase_orders fpo where fpo.id = ip.purchase_order_id and fpo.factory_id = ${filters.factory})`);
  return sql`
    select p.id, p.status, p.tracking_number, p.carrier, p.created_at, p.received_at, w.code as warehouse_code,
      po.number as purchase_order_number, po.factory_id, f.name_zh as factory_name
    from unnest(array[${sql.join(own.map((id) => sql`${id}::int`), sql`, `)}]) as own(id)
    cross join lateral (
      select ip.id, ip.status, ip.tracking_number, ip.carrier, ip.created_at, ip.received_at, ip.warehouse_id, ip.purchase_order_id
      from inbound_parcels ip
      where ${sql.join(where, sql` and `)}
      order by ip.created_at desc, ip.id desc
      limit ${limit}
    ) p
    join warehouses w on w.id = p.warehouse_id
    left join purchase_orders po on po.id = p.purchase_order_id
    left join factories f on f.organisation_id = po.factory_id
    order by p.created_at desc, p.id desc
    limit ${limit}`;
}

export async function inboundParcelsQuery(db: DbOrTx, ownIds: number[], filters: InboundFilters, now = new Date(), limit = 100): Promise<InboundParcelRow[]> {
  const rows = rowsOf<Record<string, unknown>>(await db.execute(inboundParcelsSql(ownIds, filters, now, limit)));
  const date = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
  return rows.map((r) => ({
    id: Number(r.id), status: r.status as ParcelStatus, trackingNumber: String(r.tracking_number), carrier: (r.carrier as string | null) ?? null,
    createdAt: date(r.created_at)!, receivedAt: date(r.received_at), warehouseCode: String(r.warehouse_code),
    purchaseOrderNumber: (r.purchase_order_number as string | null) ?? null, factoryId: r.factory_id == null ? null : Number(r.factory_id),
    factoryName: (r.factory_name as string | null) ?? null,
  }));
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
