import "server-only";
// One of the agent's shipping lines as the rate editor shows it (kg, yuan, m³), with its stored
// rates for the price preview. Another agent's line is a 404.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { shippingLineCountries } from "@/db/schema";
import { access, defineOperation, zId } from "@/lib/gate";
import { fenToYuan, gToKg, litresToM3 } from "./fields";
import { ownShippingLine } from "./save-shipping-line";

export async function getLineSettings(db: Db, agentId: number, lineId: number) {
  const l = await ownShippingLine(db, agentId, lineId);
  const countries = (await db.select().from(shippingLineCountries).where(eq(shippingLineCountries.lineId, l.id)).orderBy(asc(shippingLineCountries.country))).map((c) => c.country);
  return {
    id: l.id,
    form: {
      code: l.code, nameZh: l.name.zh ?? "", nameEn: l.name.en ?? "", mode: l.mode, pricing: l.pricing,
      firstWeight: gToKg(l.firstWeightG), firstPrice: fenToYuan(l.firstPriceFen), stepWeight: gToKg(l.stepG), stepPrice: fenToYuan(l.stepPriceFen),
      volumetricDivisor: String(l.volumetricDivisor), maxWeight: gToKg(l.maxWeightG), maxVolume: litresToM3(l.maxVolumeL), minCharge: fenToYuan(l.minChargeFen),
      freightTonPrice: fenToYuan(l.freightTonPriceFen), container20Price: fenToYuan(l.container20PriceFen), container40Price: fenToYuan(l.container40PriceFen),
      daysMin: String(l.daysMin), daysMax: String(l.daysMax), countries, active: l.active,
    },
  };
}

export const getLineSettingsOp = defineOperation({
  name: "agentSettings.getLine",
  access: access.member("agent"),
  input: z.object({ lineId: zId }),
  run: ({ db, caller }, { lineId }) => getLineSettings(db, caller.organisation.organisationId, lineId),
});
