import "server-only";
// A factory's published reliability (factory_reliability, kept by
// lib/warehouse/refresh-factory-reliability.ts) as the catalogue pages and the partner API show it.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factoryReliability } from "@/db/schema";
import { hasEnoughData, RELIABILITY_WINDOW_DAYS } from "@/lib/warehouse/reliability";

export interface PublishedReliability {
  checkedLines: number;
  shippedOrders: number;
  qcFailureRate: number | null;
  countMismatchRate: number | null;
  shortShipmentRate: number | null;
  medianDaysToShip: number | null;
  meanDaysToShip: number | null;
  reliable: boolean;
  /** Enough checked lines for the figures to be shown (else "not enough data yet"). */
  enoughData: boolean;
  windowDays: number;
  computedAt: string;
}

export function publishedReliability(row: typeof factoryReliability.$inferSelect): PublishedReliability {
  return {
    checkedLines: row.checkedLines,
    shippedOrders: row.shippedOrders,
    qcFailureRate: row.qcFailureRate,
    countMismatchRate: row.countMismatchRate,
    shortShipmentRate: row.shortShipmentRate,
    medianDaysToShip: row.medianDaysToShip,
    meanDaysToShip: row.meanDaysToShip,
    reliable: row.reliable,
    enoughData: hasEnoughData(row),
    windowDays: RELIABILITY_WINDOW_DAYS,
    computedAt: row.computedAt.toISOString(),
  };
}

/** Null when the warehouse has nothing on the factory in the window. */
export async function getFactoryReliability(db: DbOrTx, factoryId: number): Promise<PublishedReliability | null> {
  const [row] = await db.select().from(factoryReliability).where(eq(factoryReliability.factoryId, factoryId));
  return row ? publishedReliability(row) : null;
}
