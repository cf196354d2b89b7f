import "server-only";
// Creates or edits one of the agent's warehouses. The code is unique across the platform (a clear
// message next to the field when it is taken). A warehouse set inactive leaves new checkouts (they
// list active warehouses only) while the orders already placed there go on being received, checked
// and shipped from it: closing a warehouse must not strand goods on its way.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, warehouses } from "@/db/schema";
import { revalidateCatalog } from "@/lib/catalog/revalidate";
import { access, defineOperation } from "@/lib/gate";
import { ownWarehouse } from "@/lib/warehouse/agent-scope";
import { withConstraintIssues } from "./constraint-issues";
import { warehouseFormSchema, type WarehouseFormInput } from "./warehouse-form";

export const OPEN_ORDER_STATUSES = ["pending_payment", "paid", "purchasing", "at_warehouse", "shipping"] as const;

/** Orders still in progress at a warehouse. */
export async function openOrdersAt(db: Db, warehouseId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orders)
    .where(and(eq(orders.warehouseId, warehouseId), inArray(orders.status, [...OPEN_ORDER_STATUSES])));
  return Number(row.n);
}

export async function saveWarehouse(db: Db, agentId: number, input: WarehouseFormInput) {
  const values = {
    code: input.code,
    name: { zh: input.nameZh, en: input.nameEn },
    province: input.province,
    city: input.city,
    postalCode: input.postalCode,
    address: input.address,
    addressZh: input.addressZh,
    phone: input.phone,
    active: input.active,
  };
  const id = await withConstraintIssues({ warehouses_code_key: [{ path: ["code"], key: "warehouseCodeTaken" }] }, () =>
    db.transaction(async (tx) => {
      if (input.warehouseId) {
        const current = await ownWarehouse(tx, agentId, input.warehouseId);
        // Names in other languages (seeded) are kept; the form edits Chinese and English.
        await tx.update(warehouses).set({ ...values, name: { ...current.name, ...values.name } }).where(eq(warehouses.id, current.id));
        return current.id;
      }
      const [row] = await tx.insert(warehouses).values({ ...values, agentId }).returning({ id: warehouses.id });
      return row.id;
    }),
  );
  return { warehouseId: id, created: !input.warehouseId, openOrders: input.active ? 0 : await openOrdersAt(db, id) };
}

export const saveWarehouseOp = defineOperation({
  name: "agentSettings.saveWarehouse",
  access: access.member("agent"),
  input: warehouseFormSchema,
  run: async ({ db, caller }, input) => {
    const result = await saveWarehouse(db, caller.organisation.organisationId, input);
    revalidateCatalog({ agents: true });
    return result;
  },
});
