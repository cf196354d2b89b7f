// Demo purchase orders for the demo factory (factory@haozao.test's organisation), in every state a
// factory meets: placed, accepted, shipped, one with a line rejected as out of stock, and one
// rejected whole. Made like the demo orders — the buyer's cart, order placement, test payment —
// then the agent's and the factory's own operations, so timelines and refunds are the real ones.
import { refundOrderLine } from "../lib/payments/refund-order-line";
import { randomUUID } from "node:crypto";
import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import * as s from "../db/schema";
import { placeOrder } from "../lib/orders/place-order";
import { startPayment } from "../lib/orders/start-payment";
import { testProvider } from "../lib/payments/test-provider";
import { completeTestPayment } from "../lib/payments/complete-test-payment";
import { createPurchaseOrders } from "../lib/purchase-orders/create-purchase-orders";
import { acceptPurchaseOrder } from "../lib/purchase-orders/accept-purchase-order";
import { markPurchaseOrderShipped } from "../lib/purchase-orders/mark-purchase-order-shipped";
import { rejectPurchaseOrderLine } from "../lib/purchase-orders/reject-purchase-order-line";
import { DEMO_ADDRESS, demoRoute } from "./orders";

export async function seedDemoPurchaseOrders(db: Db) {
  const [buyer] = await db.select().from(s.users).where(eq(s.users.email, "buyer@haozao.test"));
  const [factoryUser] = await db.select().from(s.users).where(eq(s.users.email, "factory@haozao.test"));
  const [agentUser] = await db.select().from(s.users).where(eq(s.users.email, "agent@haozao.test"));
  if (!buyer || !factoryUser || !agentUser) return;
  const [factory] = await db.select({ id: s.memberships.organizationId }).from(s.memberships).where(eq(s.memberships.userId, factoryUser.id));
  const [agent] = await db.select({ id: s.memberships.organizationId }).from(s.memberships).where(eq(s.memberships.userId, agentUser.id));
  if (!factory || !agent) return;
  const { warehouse, line } = await demoRoute(db, agent.id);
  if (!warehouse || !line) return;

  // One SKU with stock of each of the factory's listings, the lightest MOQ parcels first.
  const rows = await db
    .selectDistinctOn([s.listings.id], { skuId: s.skus.id, listingId: s.listings.id, moq: s.listings.moq, load: sql<number>`${s.listings.moq} * ${s.listings.weightG}` })
    .from(s.skus)
    .innerJoin(s.listings, eq(s.listings.id, s.skus.listingId))
    .where(and(eq(s.listings.factoryId, factory.id), eq(s.listings.status, "active"), eq(s.skus.active, true), gte(s.skus.stock, sql`${s.listings.moq} * 2 + 50`), lte(sql`${s.listings.moq} * ${s.listings.weightG}`, 150_000)))
    .orderBy(s.listings.id, asc(s.skus.id));
  const picks = rows.sort((a, b) => Number(a.load) - Number(b.load) || a.listingId - b.listingId).slice(0, 10);
  if (picks.length < 10) return;

  const paidOrder = async (items: typeof picks) => {
    const [cart] = await db.insert(s.carts).values({ userId: buyer.id }).onConflictDoUpdate({ target: s.carts.userId, set: { updatedAt: new Date() } }).returning();
    await db.delete(s.cartItems).where(eq(s.cartItems.cartId, cart.id));
    await db.insert(s.cartItems).values(items.map((i) => ({ cartId: cart.id, skuId: i.skuId, quantity: i.moq })));
    const order = await placeOrder(db, { buyerId: buyer.id, cartId: cart.id, locale: "en", currency: "GBP", address: DEMO_ADDRESS, warehouseId: warehouse.id, shippingLineId: line.id, attemptKey: randomUUID() });
    const { paymentId } = await startPayment(db, testProvider, { buyerId: buyer.id, orderId: order.id, kind: "goods", locale: "en", returnUrl: `/en/orders/${order.number}` });
    await completeTestPayment(db, paymentId, buyer.id, "paid");
    return db.select({ id: s.orderLines.id }).from(s.orderLines).where(eq(s.orderLines.orderId, order.id)).orderBy(asc(s.orderLines.id));
  };
  // The agent places one purchase order per buyer order.
  const groups = [[0], [1, 2], [3], [4, 5], [6, 7], [8], [9]];
  const pos: { id: number; lineIds: number[] }[] = [];
  for (const group of groups) {
    const lines = await paidOrder(group.map((g) => picks[g]));
    const lineIds = lines.map((l) => l.id);
    const [po] = await createPurchaseOrders(db, agent.id, { orderLineIds: lineIds, actorId: agentUser.id });
    if (po) pos.push({ id: po.id, lineIds });
  }
  if (pos.length < groups.length) return;
  // The first two and the last stay placed.
  const [, , accepted, shipped, partlyRejected, rejected] = pos;
  const by = { actorId: factoryUser.id };
  await acceptPurchaseOrder(db, factory.id, accepted.id, by);
  await acceptPurchaseOrder(db, factory.id, shipped.id, by);
  await markPurchaseOrderShipped(db, factory.id, shipped.id, { carrier: "顺丰速运", trackingNumber: "SF1428007713520" }, by);
  // Rejected lines are paid back through the payments module, as the factory's action does.
  await refundOrderLine(db, await rejectPurchaseOrderLine(db, factory.id, partlyRejected.id, partlyRejected.lineIds[1], { reason: "该颜色已断货，下月补货" }, by));
  await acceptPurchaseOrder(db, factory.id, partlyRejected.id, by);
  await refundOrderLine(db, await rejectPurchaseOrderLine(db, factory.id, rejected.id, rejected.lineIds[0], { reason: "原材料短缺，暂停生产" }, by));
}
