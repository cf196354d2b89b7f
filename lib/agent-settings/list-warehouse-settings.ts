import "server-only";
// The agent's warehouses for the settings list: code, name, city, active, how many shelves.
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import type { Locale } from "@/i18n/locales";
import { pickLabel } from "@/lib/catalog/localized";
import { access, defineOperation } from "@/lib/gate";
import { listAgentWarehouses } from "@/lib/warehouse/list-agent-warehouses";
import { shelfCounts } from "@/lib/warehouse/shelf-occupancy";

export async function listWarehouseSettings(db: DbOrTx, agentId: number, locale: Locale) {
  const rows = await listAgentWarehouses(db, agentId);
  const shelves = await shelfCounts(db, rows.map((w) => w.id));
  return rows.map((w) => ({
    id: w.id, code: w.code, name: pickLabel(w.name, locale).text, province: w.province, city: w.city, phone: w.phone, active: w.active, shelves: shelves.get(w.id) ?? 0,
  }));
}

export const listWarehouseSettingsOp = defineOperation({
  name: "agentSettings.listWarehouses",
  access: access.member("agent"),
  input: z.object({}),
  run: ({ db, caller, locale }) => listWarehouseSettings(db, caller.organisation.organisationId, locale),
});
