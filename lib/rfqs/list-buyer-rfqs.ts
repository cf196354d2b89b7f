import "server-only";
// The signed-in buyer's requests for quotation, most recently active first.
import { desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factories, rfqQuotes, rfqs } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { factoryName, listingSummaries, type ListingSummary } from "./rfq-details";

export interface BuyerRfqRow {
  id: number;
  number: string;
  status: (typeof rfqs.$inferSelect)["status"];
  quantity: number;
  createdAt: Date;
  updatedAt: Date;
  factoryName: string;
  quoteCount: number;
  listing: ListingSummary | null;
}

export async function listBuyerRfqs(db: DbOrTx, buyerId: number, locale: Locale, limit = 100): Promise<BuyerRfqRow[]> {
  const rows = await db
    .select({
      id: rfqs.id, number: rfqs.number, status: rfqs.status, quantity: rfqs.quantity, createdAt: rfqs.createdAt, updatedAt: rfqs.updatedAt,
      listingId: rfqs.listingId, nameZh: factories.nameZh, nameEn: factories.nameEn,
      quoteCount: sql<number>`(select count(*)::int from ${rfqQuotes} where ${rfqQuotes.rfqId} = ${rfqs.id})`,
    })
    .from(rfqs)
    .innerJoin(factories, eq(factories.organisationId, rfqs.factoryId))
    .where(eq(rfqs.buyerId, buyerId))
    .orderBy(desc(rfqs.updatedAt), desc(rfqs.id))
    .limit(limit);
  const summaries = await listingSummaries(db, rows.map((r) => r.listingId), locale);
  return rows.map((r) => ({
    id: r.id, number: r.number, status: r.status, quantity: r.quantity, createdAt: r.createdAt, updatedAt: r.updatedAt,
    factoryName: factoryName(r, locale), quoteCount: Number(r.quoteCount), listing: summaries.get(r.listingId) ?? null,
  }));
}
