// A partner's balances (per currency) and every movement, newest first, for one mode.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { partnerBalances, partnerLedger } from "@/db/schema";
import type { Currency } from "@/lib/money/currencies";

export async function readBalance(db: DbOrTx, partnerId: number, mode: "test" | "live", limit = 100) {
  const [balances, entries] = await Promise.all([
    db.select().from(partnerBalances).where(and(eq(partnerBalances.partnerId, partnerId), eq(partnerBalances.mode, mode))).orderBy(partnerBalances.currency),
    db.select().from(partnerLedger).where(and(eq(partnerLedger.partnerId, partnerId), eq(partnerLedger.mode, mode))).orderBy(desc(partnerLedger.id)).limit(limit),
  ]);
  return {
    balances: balances.map((b) => ({ amountMinor: b.balanceMinor, currency: b.currency as Currency })),
    entries: entries.map((e) => ({
      id: e.id,
      kind: e.kind as "topup" | "debit" | "refund",
      amount: { amountMinor: e.amountMinor, currency: e.currency as Currency },
      balanceAfter: { amountMinor: e.balanceAfterMinor, currency: e.currency as Currency },
      orderId: e.orderId,
      createdAt: e.createdAt.toISOString(),
    })),
  };
}
