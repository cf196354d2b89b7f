import "server-only";
// Adds shelf locations to one of the agent's warehouses: several codes at once (one per line, or
// separated by spaces or commas), in the format the store form accepts; codes already there are
// kept once.
import { z } from "zod";
import type { Db } from "@/db/client";
import { warehouseShelves } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { ownWarehouse } from "@/lib/warehouse/agent-scope";
import { SHELF_PATTERN } from "./fields";

export const MAX_SHELVES_AT_ONCE = 200;

/** The codes typed, upper-cased and de-duplicated, or a ValidationError on `codes`. */
export function parseShelfCodes(raw: unknown): string[] {
  const text = typeof raw === "string" ? raw : "";
  const codes = [...new Set(text.split(/[\s,，、;；]+/).map((c) => c.trim().toUpperCase()).filter(Boolean))];
  if (!codes.length) throw new ValidationError([{ path: ["codes"], key: "required" }]);
  if (codes.length > MAX_SHELVES_AT_ONCE) throw new ValidationError([{ path: ["codes"], key: "shelfTooMany", params: { max: MAX_SHELVES_AT_ONCE } }]);
  const bad = codes.find((c) => !SHELF_PATTERN.test(c));
  if (bad) throw new ValidationError([{ path: ["codes"], key: "shelfCode", params: { code: bad.slice(0, 30) } }]);
  return codes;
}

export async function addWarehouseShelves(db: Db, agentId: number, warehouseId: number, rawCodes: unknown) {
  const codes = parseShelfCodes(rawCodes);
  return db.transaction(async (tx) => {
    await ownWarehouse(tx, agentId, warehouseId);
    const added = await tx
      .insert(warehouseShelves)
      .values(codes.map((code) => ({ warehouseId, code })))
      .onConflictDoNothing()
      .returning({ code: warehouseShelves.code });
    return { warehouseId, added: added.map((r) => r.code) };
  });
}

export const addWarehouseShelvesOp = defineOperation({
  name: "agentSettings.addShelves",
  access: access.member("agent"),
  input: z.object({ warehouseId: zId, codes: z.unknown() }),
  run: ({ db, caller }, { warehouseId, codes }) => addWarehouseShelves(db, caller.organisation.organisationId, warehouseId, codes),
});
