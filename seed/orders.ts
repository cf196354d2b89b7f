// Demo orders for the demo buyer, made by the same domain operations the site uses (cart, order
// placement, test payment events, the agent's shipping request), so the demo shows real timelines:
// one paid, one paid with its shipping payment requested, one awaiting payment.
import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import * as s from "../db/schema";
import { placeOrder } from "../lib/orders/place-order";
import { startPayment } from "../lib/orders/start-payment";
import { requestShippingPayment } from "../lib/orders/request-shipping-payment";
import { testProvider } from "../lib/payments/test-provider";
import { completeTestPayment } from "../lib/payments/complete-test-payment";

export const DEMO_ADDRESS = { name: "Sarah Miller", company: "Miller Home Goods Ltd", line1: "14 Carnaby Street", line2: undefined, city: "London", region: undefined, postalCode: "W1F 9PS", country: "GB" as const, phone: "+44 20 7946 0018" };

/** The agent's first warehouse and its sea line to the UK: where the demo buyer's orders go. */
export async function demoRoute(db: Db, agentId: number) {
  const [warehouse] = await db.select().from(s.warehouses).where(eq(s.warehouses.agentId, agentId)).orderBy(asc(s.warehouses.id)).limit(1);
  const [line] = await db
    .select({ id: s.shippingLines.id })
    .from(s.shippingLines)
    .innerJoin(s.shippingLineCountries, eq(s.shippingLineCountries.lineId, s.shippingLines.id))
    .where(and(eq(s.shippingLines.agentId, agentId), eq(s.shippingLineCountries.country, "GB"), sql`${s.shippingLines.mode} = 'sea'`))
    .limit(1);
  return { warehouse, line };
}

export async function seedDemoOrders(db: Db) {
  const [buyer] = await db.select().from(s.users).where(eq(s.users.email, "buyer@haozao.test"));
  const [agentUser] = await db.select().from(s.users).where(eq(s.users.email, "agent@haozao.test"));
  const [agent] = await db.select().from(s.organisations).where(and(eq(s.organisations.kind, "agent"), eq(s.organisations.slug, "tongda")));
  if (!buyer || !agent || !agentUser) return;
  const { warehouse, line } = await demoRoute(db, agent.id);
  if (!warehouse || !line) return;

  // Small, light listings with stock: MOQ-sized quantities of their first SKU in stock.
  const picks = await db
    .select({ skuId: s.skus.id, moq: s.listings.moq, stock: s.skus.stock })
    .from(s.skus)
    .innerJoin(s.listings, eq(s.listings.id, s.skus.listingId))
    .where(and(eq(s.listings.status, "active"), eq(s.skus.active, true), gt(s.skus.stock, 600), sql`${s.listings.moq} <= 50`, sql`${s.listings.weightG} <= 300`))
    .orderBy(asc(s.listings.id), asc(s.skus.id))
    .limit(60);
  const seen = new Set<number>();
  const skus = picks.filter((p) => !seen.has(p.skuId) && seen.add(p.skuId)).filter((_, i) => i % 7 === 0);

  const orderOf = async (items: typeof skus) => {
    const [cart] = await db.insert(s.carts).values({ userId: buyer.id }).onConflictDoUpdate({ target: s.carts.userId, set: { updatedAt: new Date() } }).returning();
    await db.delete(s.cartItems).where(eq(s.cartItems.cartId, cart.id));
    await db.insert(s.cartItems).values(items.map((i) => ({ cartId: cart.id, skuId: i.skuId, quantity: Math.max(i.moq, 20) })));
    const order = await placeOrder(db, { buyerId: buyer.id, cartId: cart.id, locale: "en", currency: "GBP", address: DEMO_ADDRESS, warehouseId: warehouse.id, shippingLineId: line.id, attemptKey: randomUUID() });
    const { paymentId } = await startPayment(db, testProvider, { buyerId: buyer.id, orderId: order.id, kind: "goods", locale: "en", returnUrl: `/en/orders/${order.number}` });
    return { order, paymentId };
  };

  if (skus.length < 5) return;
  const first = await orderOf(skus.slice(0, 2));
  await completeTestPayment(db, first.paymentId, buyer.id, "paid");
  const second = await orderOf(skus.slice(2, 4));
  await completeTestPayment(db, second.paymentId, buyer.id, "paid");
  await requestShippingPayment(db, { orderId: second.order.id, agentId: agent.id, actorId: agentUser.id, actualWeightG: 9_400, box: { lengthMm: 450, widthMm: 350, heightMm: 300 } });
  await orderOf(skus.slice(4, 5));
}
