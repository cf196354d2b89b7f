import "server-only";
// The agent's shipping lines for the settings list, active or not, with their countries.
import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import type { Locale } from "@/i18n/locales";
import { shippingLineCountries, shippingLines } from "@/db/schema";
import { pickLabel } from "@/lib/catalog/localized";
import { access, defineOperation } from "@/lib/gate";

export async function listLineSettings(db: DbOrTx, agentId: number, locale: Locale) {
  const lines = await db.select().from(shippingLines).where(eq(shippingLines.agentId, agentId)).orderBy(asc(shippingLines.id));
  const countries = lines.length
    ? await db.select().from(shippingLineCountries).where(inArray(shippingLineCountries.lineId, lines.map((l) => l.id))).orderBy(asc(shippingLineCountries.country))
    : [];
  return lines.map((l) => ({
    id: l.id, code: l.code, name: pickLabel(l.name, locale).text, mode: l.mode, pricing: l.pricing, daysMin: l.daysMin, daysMax: l.daysMax, active: l.active,
    countries: countries.filter((c) => c.lineId === l.id).map((c) => c.country),
  }));
}

export const listLineSettingsOp = defineOperation({
  name: "agentSettings.listLines",
  access: access.member("agent"),
  input: z.object({}),
  run: ({ db, caller, locale }) => listLineSettings(db, caller.organisation.organisationId, locale),
});
