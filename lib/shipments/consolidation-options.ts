import "server-only";
// The buyer's consolidation screen: stored goods grouped by warehouse (a shipment leaves one
// warehouse), and for each warehouse the shipping lines to the buyer's country with the predicted
// parcel of all its goods beside each line's price.
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { shippingLineCountries, shippingLines, warehouses } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { pickLabel } from "@/lib/catalog/localized";
import { storageClock } from "@/lib/warehouse/storage-clock";
import { predictParcel, type ParcelPrediction } from "./predict-parcel";
import { listStoredGoods, type StoredItem } from "./stored-goods";

export interface ConsolidationGroup {
  warehouseId: number;
  warehouseName: string;
  currency: string;
  ratePerCny: string;
  country: string;
  items: (StoredItem & { freeDaysLeft: number; feeFen: number })[];
  lines: { id: number; name: string; mode: string; daysMin: number; daysMax: number; firstPriceFen: number; prediction: ParcelPrediction }[];
}

export async function consolidationOptions(db: DbOrTx, buyerId: number, locale: Locale, now = new Date()): Promise<ConsolidationGroup[]> {
  const goods = await listStoredGoods(db, buyerId);
  const byWarehouse = new Map<number, StoredItem[]>();
  for (const g of goods) byWarehouse.set(g.warehouseId, [...(byWarehouse.get(g.warehouseId) ?? []), g]);
  const groups: ConsolidationGroup[] = [];
  for (const [warehouseId, items] of byWarehouse) {
    const [wh] = await db.select().from(warehouses).where(eq(warehouses.id, warehouseId));
    const to = items[0].country;
    const lines = await db
      .select({ line: shippingLines })
      .from(shippingLines)
      .innerJoin(shippingLineCountries, and(eq(shippingLineCountries.lineId, shippingLines.id), eq(shippingLineCountries.country, to)))
      .where(and(eq(shippingLines.agentId, wh.agentId), eq(shippingLines.active, true)))
      .orderBy(asc(shippingLines.firstPriceFen));
    const parcelItems = items.map((i) => ({ weightG: i.unitWeightG, box: { lengthMm: i.lengthMm, widthMm: i.widthMm, heightMm: i.heightMm }, quantity: i.quantity }));
    groups.push({
      warehouseId,
      warehouseName: pickLabel(wh.name, locale).text,
      currency: items[0].currency,
      ratePerCny: items[0].ratePerCny,
      country: to,
      items: items.map((i) => {
        const clock = storageClock(i.storedAt, i.quantity, i, now);
        return { ...i, freeDaysLeft: clock.freeDaysLeft, feeFen: clock.feeFen };
      }),
      lines: lines.map(({ line }) => ({
        id: line.id, name: pickLabel(line.name, locale).text, mode: line.mode, daysMin: line.daysMin, daysMax: line.daysMax, firstPriceFen: line.firstPriceFen,
        prediction: predictParcel(parcelItems, line),
      })),
    });
  }
  return groups;
}
