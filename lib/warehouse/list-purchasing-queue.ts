import "server-only";
// The purchasing queue (SPEC 6): paid order lines not yet bought, through the agent's warehouses,
// grouped by factory across buyers, each group one click from its purchase order.
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { factories, orderLines, orders, users, warehouses } from "@/db/schema";
import { access, defineOperation } from "@/lib/gate";

export interface QueueGroup {
  factoryId: number;
  factoryName: string;
  lines: { id: number; orderNumber: string; buyerName: string; title: string; options: string; quantity: number; warehouseCode: string }[];
}

export async function listPurchasingQueue(db: DbOrTx, agentId: number): Promise<QueueGroup[]> {
  const rows = await db
    .select({
      id: orderLines.id, factoryId: orderLines.factoryId, factoryName: factories.nameZh, orderNumber: orders.number, buyerName: users.name,
      snapshot: orderLines.snapshot, quantity: orderLines.quantity, refunded: orderLines.refundedQuantity, warehouseCode: warehouses.code,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
    .innerJoin(users, eq(users.id, orders.buyerId))
    .innerJoin(factories, eq(factories.organisationId, orderLines.factoryId))
    .where(and(eq(warehouses.agentId, agentId), eq(orderLines.status, "open"), inArray(orders.status, ["paid", "purchasing"])))
    .orderBy(asc(orderLines.factoryId), asc(orderLines.id))
    .limit(1000);
  const groups = new Map<number, QueueGroup>();
  for (const r of rows) {
    if (r.quantity - r.refunded <= 0) continue;
    const g = groups.get(r.factoryId) ?? { factoryId: r.factoryId, factoryName: r.factoryName, lines: [] };
    g.lines.push({ id: r.id, orderNumber: r.orderNumber, buyerName: r.buyerName, title: r.snapshot.title, options: r.snapshot.options, quantity: r.quantity - r.refunded, warehouseCode: r.warehouseCode });
    groups.set(r.factoryId, g);
  }
  return [...groups.values()];
}

export const purchasingQueueOp = defineOperation({
  name: "warehouse.purchasingQueue",
  access: access.member("agent"),
  input: z.object({}).passthrough(),
  run: ({ db, caller }) => listPurchasingQueue(db, caller.organisation.organisationId),
});
