// Pays a partner's order from its prepaid balance: one transaction locks the order and the balance
// row, debits it (the CHECK constraint keeps it from going negative; the unique index on debits per
// order keeps a second debit out), records a succeeded payment and marks the order paid.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { orders, partnerBalances, partnerLedger, payments } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { markGoodsPaid } from "@/lib/payments/process-payment-event";

export async function payOrderFromBalance(db: Db, partnerId: number, orderId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(and(eq(orders.id, orderId), eq(orders.partnerId, partnerId))).for("update");
    if (!order) throw new NotFoundError("order", orderId);
    if (order.status !== "pending_payment") throw new ConflictError("partnerNotPayable");
    const mode = order.test ? "test" : "live";
    const [balance] = await tx
      .select()
      .from(partnerBalances)
      .where(and(eq(partnerBalances.partnerId, partnerId), eq(partnerBalances.mode, mode), eq(partnerBalances.currency, order.currency)))
      .for("update");
    if (!balance || balance.balanceMinor < order.firstPaymentMinor) throw new ConflictError("partnerBalanceLow");
    const after = balance.balanceMinor - order.firstPaymentMinor;
    await tx
      .update(partnerBalances)
      .set({ balanceMinor: sql`${partnerBalances.balanceMinor} - ${order.firstPaymentMinor}`, updatedAt: new Date() })
      .where(and(eq(partnerBalances.partnerId, partnerId), eq(partnerBalances.mode, mode), eq(partnerBalances.currency, order.currency)));
    const [entry] = await tx
      .insert(partnerLedger)
      .values({ partnerId, mode, currency: order.currency, kind: "debit", amountMinor: -order.firstPaymentMinor, balanceAfterMinor: after, orderId })
      .returning({ id: partnerLedger.id });
    await tx.insert(payments).values({
      orderId,
      kind: "goods",
      provider: "balance",
      providerRef: `ledger-${entry.id}`,
      idempotencyKey: `order-${orderId}-goods-balance`,
      amountMinor: order.firstPaymentMinor,
      currency: order.currency,
      status: "succeeded",
      completedAt: new Date(),
    });
    await markGoodsPaid(tx, orderId, { amountMinor: order.firstPaymentMinor, currency: order.currency, method: "balance" });
  });
}
