import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/db/client";
import { shippingLineCountries, shippingLines } from "@/db/schema";
import { pickLabel } from "@/lib/catalog/localized";
import type { LinePricing, LineRates } from "./chargeable-weight";

export interface ShippingLineOption extends LineRates {
  pricing: LinePricing;
  id: number;
  agentId: number;
  name: string;
  mode: "air" | "sea" | "rail" | "truck" | "express";
  daysMin: number;
  daysMax: number;
  countries: string[];
}

export async function listShippingLines(db: DbOrTx, locale: Locale): Promise<ShippingLineOption[]> {
  const rows = await db
    .select({ line: shippingLines, country: shippingLineCountries.country })
    .from(shippingLines)
    .innerJoin(shippingLineCountries, eq(shippingLineCountries.lineId, shippingLines.id))
    .where(eq(shippingLines.active, true))
    .orderBy(asc(shippingLines.id), asc(shippingLineCountries.country));
  const byId = new Map<number, ShippingLineOption>();
  for (const { line, country } of rows) {
    if (!byId.has(line.id)) {
      byId.set(line.id, {
        id: line.id,
        agentId: line.agentId,
        name: pickLabel(line.name, locale).text,
        mode: line.mode,
        firstWeightG: line.firstWeightG,
        firstPriceFen: line.firstPriceFen,
        stepG: line.stepG,
        stepPriceFen: line.stepPriceFen,
        volumetricDivisor: line.volumetricDivisor,
        maxWeightG: line.maxWeightG,
        pricing: line.pricing,
        maxVolumeL: line.maxVolumeL,
        minChargeFen: line.minChargeFen,
        freightTonPriceFen: line.freightTonPriceFen,
        container20PriceFen: line.container20PriceFen,
        container40PriceFen: line.container40PriceFen,
        daysMin: line.daysMin,
        daysMax: line.daysMax,
        countries: [],
      });
    }
    byId.get(line.id)!.countries.push(country);
  }
  return [...byId.values()];
}
