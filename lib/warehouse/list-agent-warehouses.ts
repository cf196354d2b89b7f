import "server-only";
// The agent's own warehouses (scan station picker, settings).
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { warehouses } from "@/db/schema";

export async function listAgentWarehouses(db: DbOrTx, agentId: number) {
  return db.select().from(warehouses).where(eq(warehouses.agentId, agentId)).orderBy(asc(warehouses.id));
}
