import "server-only";
// A buyer's stored goods, ready to consolidate: approved, shelved, in no open shipment. With what the
// prediction needs (unit weight and packed size) and the storage clock (stored since, free days).
import { and, asc, eq, inArray, isNotNull, notExists, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agents, listings, orderLines, orders, qcChecks, shipmentItems, shipments, warehouses } from "@/db/schema";

export interface StoredItem {
  qcCheckId: number;
  orderLineId: number;
  orderId: number;
  orderNumber: string;
  warehouseId: number;
  title: string;
  options: string;
  photoKey: string | null;
  quantity: number;
  unitWeightG: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  shelf: string | null;
  storedAt: Date;
  freeStorageDays: number;
  storageFeeFenPerItemMonth: number;
  currency: string;
  ratePerCny: string;
  country: string;
  lineTotalMinor: number;
  hsCode: string | null;
}

/** The query (a builder: the benchmark EXPLAINs it). */
export function storedGoodsQuery(db: DbOrTx, buyerId: number, options: { qcCheckIds?: number[]; warehouseId?: number } = {}) {
  return db
    .select({
      qcCheckId: qcChecks.id, orderLineId: orderLines.id, orderId: orders.id, orderNumber: orders.number, warehouseId: orders.warehouseId,
      snapshot: orderLines.snapshot, quantity: qcChecks.countedQuantity, unitWeightG: listings.weightG, lengthMm: listings.lengthMm,
      widthMm: listings.widthMm, heightMm: listings.heightMm, shelf: qcChecks.shelf, storedAt: qcChecks.storedAt,
      freeStorageDays: agents.freeStorageDays, storageFeeFenPerItemMonth: agents.storageFeeFenPerItemMonth, currency: orders.currency, ratePerCny: orders.ratePerCny, country: orders.country,
      lineTotalMinor: orderLines.lineTotalMinor, hsCode: listings.hsCode,
    })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .innerJoin(qcChecks, eq(qcChecks.orderLineId, orderLines.id))
    .innerJoin(listings, eq(listings.id, orderLines.listingId))
    .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
    .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
    .where(
      and(
        eq(orders.buyerId, buyerId),
        eq(orderLines.status, "stored"),
        isNotNull(qcChecks.storedAt),
        options.qcCheckIds ? inArray(qcChecks.id, options.qcCheckIds.length ? options.qcCheckIds : [-1]) : sql`true`,
        options.warehouseId ? eq(orders.warehouseId, options.warehouseId) : sql`true`,
        notExists(
          db.select({ one: sql`1` }).from(shipmentItems).innerJoin(shipments, eq(shipments.id, shipmentItems.shipmentId))
            .where(and(eq(shipmentItems.orderLineId, orderLines.id), sql`${shipments.status} <> 'cancelled'`)),
        ),
      ),
    )
    .orderBy(asc(qcChecks.storedAt), asc(qcChecks.id))
    .limit(500);
}

export async function listStoredGoods(db: DbOrTx, buyerId: number, options: { qcCheckIds?: number[]; warehouseId?: number } = {}): Promise<StoredItem[]> {
  const rows = await storedGoodsQuery(db, buyerId, options);
  return rows.map(({ snapshot, storedAt, ...r }) => ({ ...r, title: snapshot.title, options: snapshot.options, photoKey: snapshot.photoKey ?? null, storedAt: storedAt! }));
}
