import "server-only";
// The extras of stored goods (SPEC 7): storage past the free days and extra QC photos, one
// mechanism for both (extra_charges). Storage months accrue from the hourly sweep and again when a
// shipment is packed (so the months started up to packing are in); packing bills every unbilled
// charge of the shipment's goods to it, once: a charge billed to a shipment is never billed again.
import { and, eq, inArray, isNull, notExists, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agents, extraCharges, inboundParcels, orderLines, qcChecks, shipmentItems, shipments, warehouses } from "@/db/schema";
import { addMonthsClamped, storageClock, sumExtras } from "./storage-clock";

/** Storage months started up to `now`, one row per stored item per month, each once. */
export async function accrueStorageCharges(db: DbOrTx, now: Date, options: { qcCheckIds?: number[] } = {}): Promise<number> {
  const rows = await db
    .select({ check: qcChecks, freeStorageDays: agents.freeStorageDays, storageFeeFenPerItemMonth: agents.storageFeeFenPerItemMonth })
    .from(qcChecks)
    .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
    .innerJoin(inboundParcels, eq(inboundParcels.id, qcChecks.parcelId))
    .innerJoin(warehouses, eq(warehouses.id, inboundParcels.warehouseId))
    .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
    .where(
      and(
        eq(orderLines.status, "stored"),
        sql`${qcChecks.storedAt} + make_interval(days => ${agents.freeStorageDays}::int) < ${now.toISOString()}::timestamptz`,
        options.qcCheckIds
          ? inArray(qcChecks.id, options.qcCheckIds.length ? options.qcCheckIds : [-1])
          : // Goods in a packed shipment stop the clock: their months were billed at packing.
            notExists(
              db.select({ one: sql`1` }).from(shipmentItems).innerJoin(shipments, eq(shipments.id, shipmentItems.shipmentId))
                .where(and(eq(shipmentItems.orderLineId, orderLines.id), inArray(shipments.status, ["packed", "shipped", "delivered"]))),
            ),
      ),
    )
    .limit(5000);
  let charged = 0;
  for (const r of rows) {
    const clock = storageClock(r.check.storedAt!, r.check.countedQuantity, r, now);
    if (!clock.monthsCharged || r.check.countedQuantity <= 0) continue;
    const values = Array.from({ length: clock.monthsCharged }, (_, k) => ({
      qcCheckId: r.check.id, kind: "storage" as const,
      periodStart: addMonthsClamped(clock.freeUntil, k).toISOString().slice(0, 10),
      periodEnd: addMonthsClamped(clock.freeUntil, k + 1).toISOString().slice(0, 10),
      units: r.check.countedQuantity, amountFen: r.check.countedQuantity * r.storageFeeFenPerItemMonth,
    }));
    const inserted = await db.insert(extraCharges).values(values).onConflictDoNothing().returning({ id: extraCharges.id });
    charged += inserted.length;
  }
  return charged;
}

/** The QC checks of a shipment's goods. */
export async function shipmentQcCheckIds(db: DbOrTx, shipmentId: number): Promise<number[]> {
  const rows = await db
    .select({ id: qcChecks.id })
    .from(shipmentItems)
    .innerJoin(qcChecks, eq(qcChecks.orderLineId, shipmentItems.orderLineId))
    .where(eq(shipmentItems.shipmentId, shipmentId));
  return rows.map((r) => r.id);
}

/** At packing, inside its transaction: accrue the storage months started so far, then bill every unbilled extra of the goods to the shipment. */
export async function billExtrasToShipment(tx: DbOrTx, shipmentId: number, now: Date) {
  const checkIds = await shipmentQcCheckIds(tx, shipmentId);
  if (!checkIds.length) return sumExtras([]);
  await accrueStorageCharges(tx, now, { qcCheckIds: checkIds });
  await tx.update(extraCharges).set({ shipmentId, billedAt: now }).where(and(isNull(extraCharges.shipmentId), inArray(extraCharges.qcCheckId, checkIds)));
  return shipmentExtras(tx, shipmentId);
}

/** What the shipment was billed for, per kind (fen). */
export async function shipmentExtras(db: DbOrTx, shipmentId: number) {
  return sumExtras(await db.select({ kind: extraCharges.kind, amountFen: extraCharges.amountFen }).from(extraCharges).where(eq(extraCharges.shipmentId, shipmentId)));
}

/** Extras of one buyer's goods not billed yet, per QC check (for the order page). */
export async function unbilledExtras(db: DbOrTx, qcCheckIds: number[]) {
  if (!qcCheckIds.length) return new Map<number, ReturnType<typeof sumExtras>>();
  const rows = await db
    .select({ qcCheckId: extraCharges.qcCheckId, kind: extraCharges.kind, amountFen: extraCharges.amountFen })
    .from(extraCharges)
    .where(and(inArray(extraCharges.qcCheckId, qcCheckIds), isNull(extraCharges.shipmentId)));
  return new Map(qcCheckIds.map((id) => [id, sumExtras(rows.filter((r) => r.qcCheckId === id))]));
}
