import "server-only";
// Removes a shelf location from a warehouse's list; refused while goods are stored on it (move
// them first), so no stored lot points at a shelf the warehouse no longer has.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { warehouseShelves } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { ownWarehouse } from "@/lib/warehouse/agent-scope";
import { storedPerShelf } from "@/lib/warehouse/shelf-occupancy";

export async function removeWarehouseShelf(db: Db, agentId: number, warehouseId: number, code: string) {
  return db.transaction(async (tx) => {
    await ownWarehouse(tx, agentId, warehouseId);
    if (((await storedPerShelf(tx, warehouseId)).get(code) ?? 0) > 0) throw new ConflictError("shelfInUse");
    const removed = await tx
      .delete(warehouseShelves)
      .where(and(eq(warehouseShelves.warehouseId, warehouseId), eq(warehouseShelves.code, code)))
      .returning({ id: warehouseShelves.id });
    if (!removed.length) throw new NotFoundError("shelf", code);
    return { warehouseId, code };
  });
}

export const removeWarehouseShelfOp = defineOperation({
  name: "agentSettings.removeShelf",
  access: access.member("agent"),
  input: z.object({ warehouseId: zId, code: z.string().trim().toUpperCase().max(20) }),
  run: ({ db, caller }, { warehouseId, code }) => removeWarehouseShelf(db, caller.organisation.organisationId, warehouseId, code),
});
