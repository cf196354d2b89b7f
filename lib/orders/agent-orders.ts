// Orders waiting at an agent's warehouses, for the agent's screen: only its own warehouses.
import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { orderLines, orders, payments, users, warehouses } from "@/db/schema";

export async function listAgentOrders(db: DbOrTx, agentId: number) {
  return db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      currency: orders.currency,
      intlEstimateMinor: orders.intlEstimateMinor,
      buyerName: users.name,
      country: orders.country,
      warehouseCode: warehouses.code,
      units: sql<number>`(select coalesce(sum(${orderLines.quantity}), 0)::int from ${orderLines} where ${orderLines.orderId} = ${orders.id})`,
      shippingStatus: sql<string | null>`(select ${payments.status}::text from ${payments} where ${payments.orderId} = ${orders.id} and ${payments.kind} = 'shipping' order by ${payments.id} desc limit 1)`,
      shippingMinor: sql<number | null>`(select ${payments.amountMinor} from ${payments} where ${payments.orderId} = ${orders.id} and ${payments.kind} = 'shipping' order by ${payments.id} desc limit 1)`,
    })
    .from(orders)
    .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
    .innerJoin(users, eq(users.id, orders.buyerId))
    .where(and(eq(warehouses.agentId, agentId), inArray(orders.status, ["paid", "purchasing", "at_warehouse"])))
    .orderBy(asc(orders.paidAt), asc(orders.id))
    .limit(200);
}
