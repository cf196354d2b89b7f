import "server-only";
// The factory accepts a purchase order of its own: placed -> accepted, with a timeline event.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";
import type { Db } from "@/db/client";
import { purchaseOrders } from "@/db/schema";
import { findFactoryPurchaseOrder } from "./find-factory-purchase-order";
import { assertTransition } from "./purchase-order-status";
import { recordPurchaseOrderEvent } from "./record-purchase-order-event";

export async function acceptPurchaseOrder(
  db: Db,
  factoryId: number,
  purchaseOrderId: number,
  options: { actorId?: number | null } = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    const po = await findFactoryPurchaseOrder(tx, factoryId, purchaseOrderId, { forUpdate: true });
    assertTransition(po.status, "accepted");
    await tx.update(purchaseOrders).set({ status: "accepted", acceptedAt: new Date() }).where(eq(purchaseOrders.id, po.id));
    await recordPurchaseOrderEvent(tx, po, "purchase_order.accepted", {}, options.actorId ?? null);
  });
}

/** Through the gate: a member of the factory accepts one of its purchase orders. */
export const acceptPurchaseOrderOp = defineOperation({
  name: "purchaseOrders.accept",
  access: access.member("factory"),
  input: z.object({ purchaseOrderId: zId }),
  run: ({ db, caller }, { purchaseOrderId }) =>
    acceptPurchaseOrder(db, caller.organisation.organisationId, purchaseOrderId, { actorId: caller.user.id }),
});
