import "server-only";
import { emitOrderPartnerEvent } from "@/lib/partners/emit-partner-event";
// The agent places purchase orders: the paid, still open order lines bought through its warehouses
// are grouped by factory (and warehouse) into one purchase order each, status placed. The lines
// become `ordered`, a paid order becomes `purchasing`, and every change writes timeline events — all
// in one transaction. Lines of an order already `purchasing` (some of its lines went to another
// factory's purchase order earlier) are included too.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { orderLines, orders, purchaseOrderLines, purchaseOrders, timelineEvents, warehouses } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";
import { recordPurchaseOrderEvent } from "./record-purchase-order-event";
import { moveOrderLines } from "@/lib/orders/move-order-lines";

export interface CreatedPurchaseOrder {
  id: number;
  number: string;
  factoryId: number;
  warehouseId: number;
  orderLineIds: number[];
}

export interface CreatePurchaseOrdersOptions {
  /** Only this factory's lines (the agent works factory by factory). */
  factoryId?: number;
  /** Only these lines (the agent picked them). */
  orderLineIds?: number[];
  actorId?: number | null;
  now?: Date;
}

/** "PO" + date + the id, e.g. PO20261120000042: unique, sortable, readable on the phone. */
export const purchaseOrderNumber = (id: number, date: Date) =>
  `PO${date.toISOString().slice(0, 10).replaceAll("-", "")}${String(id).padStart(6, "0")}`;

export async function createPurchaseOrders(db: Db, agentId: number, options: CreatePurchaseOrdersOptions = {}): Promise<CreatedPurchaseOrder[]> {
  const now = options.now ?? new Date();
  const actorId = options.actorId ?? null;
  return db.transaction(async (tx) => {
    const own = await tx.select({ id: warehouses.id }).from(warehouses).where(eq(warehouses.agentId, agentId));
    if (!own.length) throw new NotFoundError("agent", agentId);

    // Locked: a second call waiting here finds the lines `ordered` and leaves them.
    const lines = await tx
      .select({ id: orderLines.id, orderId: orderLines.orderId, factoryId: orderLines.factoryId, warehouseId: orders.warehouseId,
        quantity: orderLines.quantity, refundedQuantity: orderLines.refundedQuantity, orderStatus: orders.status })
      .from(orderLines)
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(
        and(
          eq(orderLines.status, "open"),
          inArray(orders.status, ["paid", "purchasing"]),
          inArray(orders.warehouseId, own.map((w) => w.id)),
          options.factoryId === undefined ? sql`true` : eq(orderLines.factoryId, options.factoryId),
          options.orderLineIds === undefined ? sql`true` : inArray(orderLines.id, options.orderLineIds.length ? options.orderLineIds : [-1]),
        ),
      )
      .orderBy(asc(orderLines.factoryId), asc(orders.warehouseId), asc(orderLines.id))
      .for("update", { of: orderLines });
    const open = lines.filter((l) => l.quantity - l.refundedQuantity > 0);

    const groups = new Map<string, typeof open>();
    for (const line of open) {
      const key = `${line.factoryId}:${line.warehouseId}`;
      groups.set(key, [...(groups.get(key) ?? []), line]);
    }
    const created: CreatedPurchaseOrder[] = [];
    for (const group of groups.values()) {
      const { factoryId, warehouseId } = group[0];
      // The id first, so that the number (which contains it) is written with the row.
      const [{ id }] = rowsOf<{ id: number }>(await tx.execute(sql`select nextval(pg_get_serial_sequence('purchase_orders', 'id'))::int as id`));
      const poId = Number(id);
      const number = purchaseOrderNumber(poId, now);
      await tx.insert(purchaseOrders).values({ id: poId, number, agentId, factoryId, warehouseId, status: "placed", createdAt: now });
      await tx.insert(purchaseOrderLines).values(group.map((l) => ({ purchaseOrderId: poId, orderLineId: l.id, quantity: l.quantity - l.refundedQuantity })));
      await moveOrderLines(tx, group.map((l) => l.id), "ordered");
      await recordPurchaseOrderEvent(tx, { id: poId, number }, "purchase_order.placed", { factoryId, warehouseId, orderLineIds: group.map((l) => l.id) }, actorId);
      created.push({ id: poId, number, factoryId, warehouseId, orderLineIds: group.map((l) => l.id) });
    }

    const started = [...new Set(open.filter((l) => l.orderStatus === "paid").map((l) => l.orderId))];
    if (started.length) {
      await tx.update(orders).set({ status: "purchasing" }).where(and(inArray(orders.id, started), eq(orders.status, "paid")));
      await tx.insert(timelineEvents).values(started.map((orderId) => ({ orderId, kind: "order.purchasing", data: {}, actorId })));
      // A partner's order: its goods are now being bought from the factories.
      for (const orderId of started) await emitOrderPartnerEvent(tx, orderId, "order.purchased", { purchaseOrders: created.filter((po) => open.some((l) => l.orderId === orderId && po.orderLineIds.includes(l.id))).map((po) => po.number) });
    }
    return created;
  });
}

/** Through the gate: the agent places the purchase order(s) of one factory's queued lines in one click. */
export const createPurchaseOrdersOp = defineOperation({
  name: "purchaseOrders.create",
  access: access.member("agent"),
  input: z.object({ factoryId: zId }),
  run: ({ db, caller }, { factoryId }) => createPurchaseOrders(db, caller.organisation.organisationId, { factoryId, actorId: caller.user.id }),
});
