// A refunded line of an order paid from a partner's balance goes back to that balance (a ledger
// entry of kind "refund"), in the caller's transaction.
import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { orders, partnerBalances, partnerLedger } from "@/db/schema";

export async function refundToBalance(tx: DbOrTx, orderId: number, amountMinor: number): Promise<void> {
  const [order] = await tx.select({ partnerId: orders.partnerId, test: orders.test, currency: orders.currency }).from(orders).where(eq(orders.id, orderId));
  if (!order?.partnerId || amountMinor <= 0) return;
  const mode = order.test ? "test" : "live";
  const [balance] = await tx
    .insert(partnerBalances)
    .values({ partnerId: order.partnerId, mode, currency: order.currency, balanceMinor: amountMinor })
    .onConflictDoUpdate({ target: [partnerBalances.partnerId, partnerBalances.mode, partnerBalances.currency], set: { balanceMinor: sql`${partnerBalances.balanceMinor} + ${amountMinor}`, updatedAt: new Date() } })
    .returning({ balanceMinor: partnerBalances.balanceMinor });
  await tx.insert(partnerLedger).values({ partnerId: order.partnerId, mode, currency: order.currency, kind: "refund", amountMinor, balanceAfterMinor: balance.balanceMinor, orderId });
}
