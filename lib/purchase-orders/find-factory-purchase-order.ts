import "server-only";
// A purchase order as its factory sees it: by id AND the caller's factory, or not found.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { purchaseOrders } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

export type PurchaseOrder = typeof purchaseOrders.$inferSelect;

export async function findFactoryPurchaseOrder(
  db: DbOrTx,
  factoryId: number,
  purchaseOrderId: number,
  options: { forUpdate?: boolean } = {},
): Promise<PurchaseOrder> {
  if (!Number.isSafeInteger(purchaseOrderId)) throw new NotFoundError("purchaseOrder", String(purchaseOrderId));
  const query = db
    .select()
    .from(purchaseOrders)
    .where(and(eq(purchaseOrders.id, purchaseOrderId), eq(purchaseOrders.factoryId, factoryId)));
  const [po] = options.forUpdate ? await query.for("update") : await query;
  if (!po) throw new NotFoundError("purchaseOrder", purchaseOrderId);
  return po;
}
