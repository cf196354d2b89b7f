// The choices a checkout offers: agents' warehouses (with their fees) and shipping lines.
import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/db/client";
import { agents, warehouses } from "@/db/schema";
import { pickLabel } from "@/lib/catalog/localized";
import { listShippingLines } from "@/lib/shipping/shipping-lines";

export async function checkoutOptions(db: DbOrTx, locale: Locale) {
  const [rows, lines] = await Promise.all([
    db
      .select({ warehouse: warehouses, agent: agents })
      .from(warehouses)
      .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
      .where(eq(warehouses.active, true))
      .orderBy(asc(warehouses.id)),
    listShippingLines(db, locale),
  ]);
  return {
    warehouses: rows.map(({ warehouse, agent }) => ({
      id: warehouse.id,
      agentId: agent.organisationId,
      name: pickLabel(warehouse.name, locale).text,
      agentName: pickLabel(agent.name, locale).text,
      city: warehouse.city,
      province: warehouse.province,
      serviceFeeBps: agent.serviceFeeBps,
      minServiceFeeFen: agent.minServiceFeeFen,
    })),
    lines: lines.map((l) => ({ id: l.id, agentId: l.agentId, name: l.name, mode: l.mode, daysMin: l.daysMin, daysMax: l.daysMax, countries: l.countries })),
  };
}

export type CheckoutOptions = Awaited<ReturnType<typeof checkoutOptions>>;
