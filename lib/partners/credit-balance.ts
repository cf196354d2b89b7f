// Credits a completed top-up to the partner's balance, once per top-up (unique ledger row per top-up).
import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { partnerBalances, partnerLedger, partnerTopups } from "@/db/schema";

/** `paidMinor`: what the provider says it took (a mismatch credits nothing). */
export async function creditTopup(tx: DbOrTx, topupId: number, paidMinor?: number): Promise<boolean> {
  const [topup] = await tx.select().from(partnerTopups).where(eq(partnerTopups.id, topupId)).for("update");
  if (!topup || topup.status !== "pending") return false;
  if (paidMinor !== undefined && paidMinor !== topup.amountMinor) return false;
  await tx.update(partnerTopups).set({ status: "succeeded", completedAt: new Date() }).where(eq(partnerTopups.id, topupId));
  const [balance] = await tx
    .insert(partnerBalances)
    .values({ partnerId: topup.partnerId, mode: topup.mode, currency: topup.currency, balanceMinor: topup.amountMinor })
    .onConflictDoUpdate({
      target: [partnerBalances.partnerId, partnerBalances.mode, partnerBalances.currency],
      set: { balanceMinor: sql`${partnerBalances.balanceMinor} + ${topup.amountMinor}`, updatedAt: new Date() },
    })
    .returning({ balanceMinor: partnerBalances.balanceMinor });
  await tx.insert(partnerLedger).values({
    partnerId: topup.partnerId,
    mode: topup.mode,
    currency: topup.currency,
    kind: "topup",
    amountMinor: topup.amountMinor,
    balanceAfterMinor: balance.balanceMinor,
    topupId,
  });
  return true;
}
