import "server-only";
// A warehouse's configured shelves and how many lots of goods each holds now (stored goods not yet
// shipped): what the store form offers and the warehouse settings page lists.
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { inboundParcels, orderLines, qcChecks, warehouseShelves } from "@/db/schema";

export interface ShelfOccupancy {
  code: string;
  /** Lots of goods (QC-checked order lines) stored on it and not yet shipped. */
  items: number;
}

/** Lots stored per shelf code in one warehouse (configured or typed). */
export async function storedPerShelf(db: DbOrTx, warehouseId: number): Promise<Map<string, number>> {
  const rows = await db
    .select({ shelf: qcChecks.shelf, items: sql<number>`count(*)::int` })
    .from(qcChecks)
    .innerJoin(inboundParcels, eq(inboundParcels.id, qcChecks.parcelId))
    .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
    .where(and(eq(inboundParcels.warehouseId, warehouseId), isNotNull(qcChecks.storedAt), eq(orderLines.status, "stored")))
    .groupBy(qcChecks.shelf);
  return new Map(rows.filter((r) => r.shelf).map((r) => [r.shelf!, Number(r.items)]));
}

/** The configured shelves of a warehouse in code order, with what each holds. */
export async function shelfOccupancy(db: DbOrTx, warehouseId: number): Promise<ShelfOccupancy[]> {
  const [shelves, stored] = await Promise.all([
    db.select({ code: warehouseShelves.code }).from(warehouseShelves).where(eq(warehouseShelves.warehouseId, warehouseId)).orderBy(asc(warehouseShelves.code)),
    storedPerShelf(db, warehouseId),
  ]);
  return shelves.map((s) => ({ code: s.code, items: stored.get(s.code) ?? 0 }));
}

/** How many shelves each of these warehouses has. */
export async function shelfCounts(db: DbOrTx, warehouseIds: number[]): Promise<Map<number, number>> {
  if (!warehouseIds.length) return new Map();
  const rows = await db
    .select({ warehouseId: warehouseShelves.warehouseId, n: sql<number>`count(*)::int` })
    .from(warehouseShelves)
    .where(inArray(warehouseShelves.warehouseId, warehouseIds))
    .groupBy(warehouseShelves.warehouseId);
  return new Map(rows.map((r) => [r.warehouseId, Number(r.n)]));
}
