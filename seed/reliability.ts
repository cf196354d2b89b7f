// Demo history for factory reliability (SPEC 6; issue 10): the last weeks of the demo agent's
// warehouse with several factories, so that the published figures show every case — reliable
// factories (clean QC, right counts, shipped in days), one that is not (failed QC, short counts,
// slow), one with too few checks ("not enough data yet"); the demo factory keeps the checks of
// seed/warehouse.ts. Made by the same operations as the rest of the chain (order, payment,
// purchase order, shipment, scan, QC), for a buyer of its own (no sign-in) so the demo buyer's
// pages stay as they were; then the dates are set back into the window, as they would have been,
// and the reliability job runs once.
import { randomUUID } from "node:crypto";
import { and, asc, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import * as s from "../db/schema";
import { placeOrder } from "../lib/orders/place-order";
import { startPayment } from "../lib/orders/start-payment";
import { completeTestPayment } from "../lib/payments/complete-test-payment";
import { testProvider } from "../lib/payments/test-provider";
import { acceptPurchaseOrder } from "../lib/purchase-orders/accept-purchase-order";
import { createPurchaseOrders } from "../lib/purchase-orders/create-purchase-orders";
import { markPurchaseOrderShipped } from "../lib/purchase-orders/mark-purchase-order-shipped";
import { receiveParcel } from "../lib/warehouse/receive-parcel";
import { recordQc } from "../lib/warehouse/record-qc";
import { refreshFactoryReliability } from "../lib/warehouse/refresh-factory-reliability";
import { DEMO_ADDRESS, demoRoute } from "./orders";

const DAY = 86_400_000;

/** One purchase order of the history: its age, days to ship, and per line how QC went. */
interface PoPlan {
  ageDays: number;
  shipDays: number;
  lines: ("ok" | "failed" | "short" | "over")[];
}

/** Per factory (by rank among the factories whose products other factories also sell). */
const PLANS: { role: string; pos: PoPlan[] }[] = [
  { role: "reliable", pos: [{ ageDays: 40, shipDays: 2, lines: ["ok", "ok", "ok", "ok"] }, { ageDays: 12, shipDays: 3, lines: ["ok", "ok", "ok", "ok"] }] },
  { role: "reliable", pos: [{ ageDays: 55, shipDays: 4, lines: ["ok", "ok", "ok"] }, { ageDays: 20, shipDays: 1, lines: ["ok", "ok", "ok"] }] },
  { role: "unreliable", pos: [{ ageDays: 60, shipDays: 11, lines: ["ok", "failed", "short", "ok"] }, { ageDays: 25, shipDays: 9, lines: ["ok", "ok", "failed", "over"] }] },
  { role: "little data", pos: [{ ageDays: 8, shipDays: 2, lines: ["ok", "ok"] }] },
];

export async function seedReliabilityHistory(db: Db) {
  const [agentUser] = await db.select().from(s.users).where(eq(s.users.email, "agent@haozao.test"));
  const [factoryUser] = await db.select().from(s.users).where(eq(s.users.email, "factory@haozao.test"));
  if (!agentUser || !factoryUser) return;
  const [agent] = await db.select({ id: s.memberships.organizationId }).from(s.memberships).where(eq(s.memberships.userId, agentUser.id));
  const [demoFactory] = await db.select({ id: s.memberships.organizationId }).from(s.memberships).where(eq(s.memberships.userId, factoryUser.id));
  if (!agent || !demoFactory) return;
  const { warehouse, line } = await demoRoute(db, agent.id);
  if (!warehouse || !line) return;
  const [buyer] = await db
    .insert(s.users)
    .values({ email: "history-buyer@haozao.test", name: "Demo order history", role: "buyer", country: "MN", locale: "en", currency: "USD" })
    .returning();

  // Factories whose products other factories also sell (price comparison shows the ranking), most first.
  const ranked = await db
    .select({ factoryId: s.listingSearch.factoryId, n: sql<number>`count(*)::int` })
    .from(s.listingSearch)
    .where(and(ne(s.listingSearch.factoryId, demoFactory.id), sql`(select count(*) from listing_search o where o.product_group = ${s.listingSearch.productGroup}) >= 2`))
    .groupBy(s.listingSearch.factoryId)
    .orderBy(sql`count(*) desc`, asc(s.listingSearch.factoryId))
    .limit(PLANS.length);

  let tracking = 0;
  for (const [index, { factoryId }] of ranked.entries()) {
    const plan = PLANS[index];
    const width = Math.max(...plan.pos.map((p) => p.lines.length));
    // One SKU with stock of as many listings as a purchase order has lines, grouped products first.
    const picks = await db
      .selectDistinctOn([s.listings.id], { skuId: s.skus.id, listingId: s.listings.id, moq: s.listings.moq })
      .from(s.skus)
      .innerJoin(s.listings, eq(s.listings.id, s.skus.listingId))
      .where(and(eq(s.listings.factoryId, factoryId), eq(s.listings.status, "active"), eq(s.skus.active, true),
        gte(s.skus.stock, sql`${s.listings.moq} * 3 + 20`), lte(sql`${s.listings.moq} * ${s.listings.weightG}`, 60_000)))
      .orderBy(s.listings.id, asc(s.skus.id))
      .limit(width);
    if (picks.length < width) continue;

    for (const po of plan.pos) {
      const [cart] = await db.insert(s.carts).values({ userId: buyer.id }).onConflictDoUpdate({ target: s.carts.userId, set: { updatedAt: new Date() } }).returning();
      await db.delete(s.cartItems).where(eq(s.cartItems.cartId, cart.id));
      await db.insert(s.cartItems).values(po.lines.map((_, i) => ({ cartId: cart.id, skuId: picks[i].skuId, quantity: picks[i].moq })));
      const order = await placeOrder(db, { buyerId: buyer.id, cartId: cart.id, locale: "en", currency: "USD", address: DEMO_ADDRESS, warehouseId: warehouse.id, shippingLineId: line.id, attemptKey: randomUUID() });
      const { paymentId } = await startPayment(db, testProvider, { buyerId: buyer.id, orderId: order.id, kind: "goods", locale: "en", returnUrl: `/en/orders/${order.number}` });
      await completeTestPayment(db, paymentId, buyer.id, "paid");
      const orderLines = await db.select().from(s.orderLines).where(eq(s.orderLines.orderId, order.id)).orderBy(asc(s.orderLines.id));
      const [purchase] = await createPurchaseOrders(db, agent.id, { orderLineIds: orderLines.map((l) => l.id), actorId: agentUser.id });
      await acceptPurchaseOrder(db, factoryId, purchase.id);
      const number = `ZT${String(7_310_000_000 + ++tracking * 7717)}`;
      await markPurchaseOrderShipped(db, factoryId, purchase.id, { carrier: "中通快递", trackingNumber: number });
      const scan = await receiveParcel(db, agent.id, warehouse.id, number, agentUser.id);
      for (const [i, orderLine] of orderLines.entries()) {
        const outcome = po.lines[i];
        const counted = orderLine.quantity + (outcome === "short" ? -Math.min(2, orderLine.quantity) : outcome === "over" ? 2 : 0);
        await recordQc(db, agent.id, {
          parcelId: scan.parcelId, orderLineId: orderLine.id,
          fields: outcome === "failed"
            ? { countedQuantity: String(counted), optionsMatch: "on", defectsFound: "on", defectTags: ["scratch"], result: "failed", note: "表面划痕" }
            : { countedQuantity: String(counted), optionsMatch: "on", result: "passed", note: "" },
          photos: [],
        }, agentUser.id);
      }
      // Back to when it happened: placed ageDays ago, shipped shipDays later, checked two days after.
      const placedAt = new Date(Date.now() - po.ageDays * DAY);
      const shippedAt = new Date(placedAt.getTime() + po.shipDays * DAY);
      const checkedAt = new Date(shippedAt.getTime() + 2 * DAY);
      await db.update(s.purchaseOrders).set({ createdAt: placedAt, acceptedAt: new Date(placedAt.getTime() + DAY / 4), shippedAt }).where(eq(s.purchaseOrders.id, purchase.id));
      await db.update(s.inboundParcels).set({ createdAt: shippedAt, receivedAt: checkedAt }).where(eq(s.inboundParcels.id, scan.parcelId));
      await db.update(s.qcChecks).set({ checkedAt }).where(inArray(s.qcChecks.orderLineId, orderLines.map((l) => l.id)));
    }
  }
  await refreshFactoryReliability(db);
}
