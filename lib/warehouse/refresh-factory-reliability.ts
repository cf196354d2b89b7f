import "server-only";
// The published reliability of each factory (SPEC 6; issue 10): over the last 90 days, from every
// agent's QC checks and purchase orders, with the one formula of ./reliability.ts, kept in
// factory_reliability. A scheduled job recomputes it daily; the seed runs it once. When a factory's
// "reliable" flag changes, its listings' search rows follow (the search filter's key); when any
// figure changes, the cached pages that show them are revalidated.
import { and, eq, gt, inArray, lte, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { factoryReliability, inboundParcels, listingSearch, purchaseOrders, qcChecks } from "@/db/schema";
import { revalidateTagsOutsideRequest } from "@/lib/catalog/revalidate";
import { catalogTags } from "@/lib/catalog/tags-cache";
import { defineJob } from "@/lib/jobs/define-job";
import { isReliable, reliability, RELIABILITY_WINDOW_DAYS, type PoFact, type QcFact } from "./reliability";

type Row = typeof factoryReliability.$inferInsert;

/** The figures that show on pages: a row whose figures are unchanged is not a change. */
const FIGURES = ["checkedLines", "qcFailureRate", "countMismatchRate", "shortShipmentRate", "medianDaysToShip", "meanDaysToShip", "shippedOrders", "reliable"] as const;
const sameFigures = (a: Row, b: Row) => FIGURES.every((k) => (a[k] ?? null) === (b[k] ?? null));

export interface ReliabilityRefresh {
  /** Factories whose published figures changed (new, changed or removed rows). */
  changed: number[];
  /** Factories whose "reliable" flag changed. */
  flagChanged: number[];
  rows: number;
}

export async function refreshFactoryReliability(db: Db, now = new Date()): Promise<ReliabilityRefresh> {
  const since = new Date(now.getTime() - RELIABILITY_WINDOW_DAYS * 86_400_000);
  const [qcRows, poRows, before] = await Promise.all([
    // Lines checked in the window, by the factory that shipped them (to any agent's warehouse).
    db
      .select({ factoryId: purchaseOrders.factoryId, result: qcChecks.result, counted: qcChecks.countedQuantity, expected: qcChecks.expectedQuantity })
      .from(qcChecks)
      .innerJoin(inboundParcels, eq(inboundParcels.id, qcChecks.parcelId))
      .innerJoin(purchaseOrders, eq(purchaseOrders.id, inboundParcels.purchaseOrderId))
      .where(and(gt(qcChecks.checkedAt, since), lte(qcChecks.checkedAt, now))),
    // Purchase orders shipped in the window: days from the order to the shipment.
    db
      .select({ factoryId: purchaseOrders.factoryId, placedAt: purchaseOrders.createdAt, shippedAt: purchaseOrders.shippedAt })
      .from(purchaseOrders)
      .where(and(gt(purchaseOrders.shippedAt, since), lte(purchaseOrders.shippedAt, now))),
    db.select().from(factoryReliability),
  ]);

  const facts = new Map<number, { qc: QcFact[]; pos: PoFact[] }>();
  const of = (factoryId: number) => facts.get(factoryId) ?? facts.set(factoryId, { qc: [], pos: [] }).get(factoryId)!;
  for (const r of qcRows) of(r.factoryId).qc.push({ failed: r.result === "failed", counted: r.counted, expected: r.expected });
  for (const r of poRows) of(r.factoryId).pos.push({ placedAt: r.placedAt, shippedAt: r.shippedAt });

  const rows: Row[] = [...facts.entries()].map(([factoryId, f]) => {
    const figures = reliability(f.qc, f.pos);
    return { factoryId, ...figures, reliable: isReliable(figures), windowStart: since, computedAt: now };
  });
  const previous = new Map(before.map((r) => [r.factoryId, r]));
  const current = new Map(rows.map((r) => [r.factoryId, r]));
  const changed = [
    ...rows.filter((r) => !previous.has(r.factoryId) || !sameFigures(previous.get(r.factoryId)!, r)).map((r) => r.factoryId),
    ...before.filter((r) => !current.has(r.factoryId)).map((r) => r.factoryId),
  ];
  const flagChanged = [...new Set([...previous.keys(), ...current.keys()])].filter(
    (id) => (previous.get(id)?.reliable ?? false) !== (current.get(id)?.reliable ?? false),
  );

  await db.transaction(async (tx) => {
    const ids = rows.map((r) => r.factoryId);
    if (ids.length) await tx.delete(factoryReliability).where(notInArray(factoryReliability.factoryId, ids));
    else await tx.delete(factoryReliability).where(sql`true`);
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insert(factoryReliability)
        .values(rows.slice(i, i + 500))
        .onConflictDoUpdate({
          target: factoryReliability.factoryId,
          set: Object.fromEntries(
            [...FIGURES, "windowStart", "computedAt"].map((k) => [k, sql.raw(`excluded.${factoryReliability[k as keyof Row].name}`)]),
          ),
        });
    }
    // The search filter's key: only the rows of factories whose flag changed are rewritten.
    if (flagChanged.length) {
      await tx
        .update(listingSearch)
        .set({ reliable: sql`coalesce((select r.reliable from factory_reliability r where r.factory_id = ${listingSearch.factoryId}), false)` })
        .where(inArray(listingSearch.factoryId, flagChanged));
    }
  });

  if (changed.length) {
    // Cards and search (catalog), factory profiles and listing pages (reliability).
    await revalidateTagsOutsideRequest([catalogTags.catalog, catalogTags.reliability, ...changed.map((id) => catalogTags.factory(id))]);
  }
  return { changed, flagChanged, rows: rows.length };
}

export const REFRESH_RELIABILITY_JOB = "warehouse.factory-reliability";

export const refreshFactoryReliabilityJob = defineJob({
  name: REFRESH_RELIABILITY_JOB,
  // Daily, after the night's QC: the window moves by a day.
  schedule: "40 3 * * *",
  retryLimit: 2,
  handler: async (_data, { db }) => {
    await refreshFactoryReliability(db);
  },
});
