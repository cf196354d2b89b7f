import "server-only";
// The factory's purchase order inbox: one status tab at a time, newest first, with the count of
// every status for the tabs. Only the caller's factory's purchase orders.
import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agents, purchaseOrderLines, purchaseOrders, warehouses } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { pickLabel } from "@/lib/catalog/localized";
import { purchaseOrderStatuses, type PurchaseOrderStatus } from "./purchase-order-status";

export interface FactoryPurchaseOrderRow {
  id: number;
  number: string;
  status: PurchaseOrderStatus;
  agentName: string;
  warehouse: { code: string; name: string; city: string };
  lineCount: number;
  rejectedLineCount: number;
  units: number;
  trackingNumber: string | null;
  createdAt: Date;
}

export async function listFactoryPurchaseOrders(db: DbOrTx, factoryId: number, status: PurchaseOrderStatus, locale: Locale, limit = 200) {
  const [rows, countRows] = await Promise.all([
    db
      .select({
        po: purchaseOrders, agentName: agents.name, warehouseCode: warehouses.code, warehouseName: warehouses.name, warehouseCity: warehouses.city,
        lineCount: sql<number>`(select count(*)::int from ${purchaseOrderLines} where ${purchaseOrderLines.purchaseOrderId} = ${purchaseOrders.id})`,
        rejectedLineCount: sql<number>`(select count(*)::int from ${purchaseOrderLines} where ${purchaseOrderLines.purchaseOrderId} = ${purchaseOrders.id} and ${purchaseOrderLines.rejected})`,
        units: sql<number>`(select coalesce(sum(${purchaseOrderLines.quantity}), 0)::int from ${purchaseOrderLines} where ${purchaseOrderLines.purchaseOrderId} = ${purchaseOrders.id} and not ${purchaseOrderLines.rejected})`,
      })
      .from(purchaseOrders)
      .innerJoin(warehouses, eq(warehouses.id, purchaseOrders.warehouseId))
      .innerJoin(agents, eq(agents.organisationId, purchaseOrders.agentId))
      .where(and(eq(purchaseOrders.factoryId, factoryId), eq(purchaseOrders.status, status)))
      .orderBy(desc(purchaseOrders.createdAt), desc(purchaseOrders.id))
      .limit(limit),
    db
      .select({ status: purchaseOrders.status, n: sql<number>`count(*)::int` })
      .from(purchaseOrders)
      .where(eq(purchaseOrders.factoryId, factoryId))
      .groupBy(purchaseOrders.status),
  ]);
  const counts = Object.fromEntries(purchaseOrderStatuses.map((s) => [s, 0])) as Record<PurchaseOrderStatus, number>;
  for (const c of countRows) counts[c.status] = Number(c.n);
  const items: FactoryPurchaseOrderRow[] = rows.map((r) => ({
    id: r.po.id, number: r.po.number, status: r.po.status, agentName: pickLabel(r.agentName, locale).text,
    warehouse: { code: r.warehouseCode, name: pickLabel(r.warehouseName, locale).text, city: r.warehouseCity },
    lineCount: Number(r.lineCount), rejectedLineCount: Number(r.rejectedLineCount), units: Number(r.units), trackingNumber: r.po.trackingNumber, createdAt: r.po.createdAt,
  }));
  return { items, counts };
}
