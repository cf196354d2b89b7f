import "server-only";
// The agent's dashboard (SPEC 6): parcels by status and age, shipments by status, today's scans,
// QC failure rate by factory over 90 days, stored goods whose free days end within a week, goods
// nearing abandonment (30 days) and the abandoned goods.
import { and, desc, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { agents, factories, inboundParcels, orderLines, orders, purchaseOrders, qcChecks, shipments, users, warehouses } from "@/db/schema";
import { access, defineOperation } from "@/lib/gate";
import { reliability } from "./reliability";

export async function agentDashboard(db: DbOrTx, agentId: number, now = new Date()) {
  const own = db.select({ id: warehouses.id }).from(warehouses).where(eq(warehouses.agentId, agentId));
  const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const [parcels, shipmentRows, [scans], qcRows, poRows, ending] = await Promise.all([
    db
      .select({
        status: inboundParcels.status,
        count: sql<number>`count(*)::int`,
        older3: sql<number>`count(*) filter (where ${inboundParcels.createdAt} < ${new Date(now.getTime() - 3 * 86_400_000).toISOString()}::timestamptz)::int`,
      })
      .from(inboundParcels).where(inArray(inboundParcels.warehouseId, own)).groupBy(inboundParcels.status),
    db.select({ status: shipments.status, count: sql<number>`count(*)::int` }).from(shipments).where(inArray(shipments.warehouseId, own)).groupBy(shipments.status),
    db.select({ count: sql<number>`count(*)::int` }).from(inboundParcels).where(and(inArray(inboundParcels.warehouseId, own), gte(inboundParcels.receivedAt, dayStart))),
    db
      .select({ factoryId: purchaseOrders.factoryId, name: factories.nameZh, result: qcChecks.result, counted: qcChecks.countedQuantity, expected: qcChecks.expectedQuantity })
      .from(qcChecks)
      .innerJoin(inboundParcels, eq(inboundParcels.id, qcChecks.parcelId))
      .innerJoin(purchaseOrders, eq(purchaseOrders.id, inboundParcels.purchaseOrderId))
      .innerJoin(factories, eq(factories.organisationId, purchaseOrders.factoryId))
      .where(and(inArray(inboundParcels.warehouseId, own), gte(qcChecks.checkedAt, since))),
    db.select({ factoryId: purchaseOrders.factoryId, placedAt: purchaseOrders.createdAt, shippedAt: purchaseOrders.shippedAt }).from(purchaseOrders).where(and(eq(purchaseOrders.agentId, agentId), gte(purchaseOrders.createdAt, since))),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(qcChecks)
      .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
      .innerJoin(inboundParcels, eq(inboundParcels.id, qcChecks.parcelId))
      .innerJoin(warehouses, eq(warehouses.id, inboundParcels.warehouseId))
      .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
      .where(and(eq(warehouses.agentId, agentId), eq(orderLines.status, "stored"), isNotNull(qcChecks.storedAt),
        sql`${qcChecks.storedAt} + make_interval(days => ${agents.freeStorageDays}::int) < ${new Date(now.getTime() + 7 * 86_400_000).toISOString()}::timestamptz`)),
  ]);
  const [abandoned, [abandonSoon]] = await Promise.all([
    db
      .select({
        qcCheckId: qcChecks.id, parcelId: qcChecks.parcelId, shelf: qcChecks.shelf, abandonedAt: qcChecks.abandonedAt, quantity: qcChecks.countedQuantity,
        orderNumber: orders.number, title: sql<string>`${orderLines.snapshot}->>'title'`, buyerName: users.name,
      })
      .from(qcChecks)
      .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .innerJoin(users, eq(users.id, orders.buyerId))
      .innerJoin(inboundParcels, eq(inboundParcels.id, qcChecks.parcelId))
      .where(and(inArray(inboundParcels.warehouseId, own), eq(orderLines.status, "abandoned")))
      .orderBy(desc(qcChecks.abandonedAt), desc(qcChecks.id))
      .limit(50),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(qcChecks)
      .innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId))
      .innerJoin(inboundParcels, eq(inboundParcels.id, qcChecks.parcelId))
      .innerJoin(warehouses, eq(warehouses.id, inboundParcels.warehouseId))
      .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
      .where(and(eq(warehouses.agentId, agentId), eq(orderLines.status, "stored"), isNotNull(qcChecks.storedAt),
        sql`${qcChecks.storedAt} + make_interval(days => ${agents.abandonAfterDays}::int - 30) <= ${now.toISOString()}::timestamptz`)),
  ]);
  const byFactory = new Map<number, { name: string; qc: { failed: boolean; counted: number; expected: number }[] }>();
  for (const r of qcRows) {
    const f = byFactory.get(r.factoryId) ?? { name: r.name, qc: [] };
    f.qc.push({ failed: r.result === "failed", counted: r.counted, expected: r.expected });
    byFactory.set(r.factoryId, f);
  }
  const factoriesFigures = [...byFactory.entries()].map(([factoryId, f]) => ({
    factoryId, name: f.name, ...reliability(f.qc, poRows.filter((p) => p.factoryId === factoryId)),
  })).sort((a, b) => (b.qcFailureRate ?? 0) - (a.qcFailureRate ?? 0));
  return { parcels, shipments: shipmentRows, todayScans: Number(scans?.count ?? 0), factories: factoriesFigures, storageEnding: Number(ending[0]?.count ?? 0), abandoned, abandonSoon: Number(abandonSoon?.count ?? 0) };
}

export const agentDashboardOp = defineOperation({
  name: "warehouse.dashboard",
  access: access.member("agent"),
  input: z.object({}).passthrough(),
  run: ({ db, caller }) => agentDashboard(db, caller.organisation.organisationId),
});
