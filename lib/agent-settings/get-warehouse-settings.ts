import "server-only";
// One of the agent's warehouses as its settings page edits it: the form's values, its shelves with
// what each holds, and how many open orders still use it. Another agent's warehouse is a 404.
import { z } from "zod";
import type { Db } from "@/db/client";
import { access, defineOperation, zId } from "@/lib/gate";
import { ownWarehouse } from "@/lib/warehouse/agent-scope";
import { shelfOccupancy } from "@/lib/warehouse/shelf-occupancy";
import { openOrdersAt } from "./save-warehouse";

export async function getWarehouseSettings(db: Db, agentId: number, warehouseId: number) {
  const w = await ownWarehouse(db, agentId, warehouseId);
  const [shelves, openOrders] = await Promise.all([shelfOccupancy(db, w.id), openOrdersAt(db, w.id)]);
  return {
    id: w.id,
    active: w.active,
    form: {
      code: w.code, nameZh: w.name.zh ?? "", nameEn: w.name.en ?? "", province: w.province, city: w.city, postalCode: w.postalCode,
      address: w.address, addressZh: w.addressZh, phone: w.phone,
    },
    shelves,
    openOrders,
  };
}

export const getWarehouseSettingsOp = defineOperation({
  name: "agentSettings.getWarehouse",
  access: access.member("agent"),
  input: z.object({ warehouseId: zId }),
  run: ({ db, caller }, { warehouseId }) => getWarehouseSettings(db, caller.organisation.organisationId, warehouseId),
});
