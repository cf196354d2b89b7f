import "server-only";
// The factory's inbox of requests for quotation: one status (or all), most recently active first,
// with the count of each status for the filter tabs.
import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rfqs, users, type RfqStatus } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { listingSummaries, skuLabels, type ListingSummary } from "./rfq-details";
import { rfqStatuses } from "./rfq-status";

export interface FactoryRfqRow {
  id: number;
  number: string;
  status: RfqStatus;
  quantity: number;
  targetUnitPriceFen: number | null;
  createdAt: Date;
  updatedAt: Date;
  buyer: { name: string; company: string | null; country: string | null };
  listing: ListingSummary | null;
  options: string | null;
  hasAttachment: boolean;
}

export async function listFactoryRfqs(db: DbOrTx, factoryId: number, filter: { status?: RfqStatus }, locale: Locale, limit = 100) {
  const [rows, countRows] = await Promise.all([
    db
      .select({ rfq: rfqs, buyerName: users.name, company: users.company, country: users.country })
      .from(rfqs)
      .innerJoin(users, eq(users.id, rfqs.buyerId))
      .where(and(eq(rfqs.factoryId, factoryId), filter.status ? eq(rfqs.status, filter.status) : sql`true`))
      .orderBy(desc(rfqs.updatedAt), desc(rfqs.id))
      .limit(limit),
    db.select({ status: rfqs.status, n: sql<number>`count(*)::int` }).from(rfqs).where(eq(rfqs.factoryId, factoryId)).groupBy(rfqs.status),
  ]);
  const [summaries, variants] = await Promise.all([
    listingSummaries(db, rows.map((r) => r.rfq.listingId), locale),
    skuLabels(db, { skuIds: rows.flatMap((r) => (r.rfq.skuId ? [r.rfq.skuId] : [])) }, locale),
  ]);
  const counts = Object.fromEntries(rfqStatuses.map((s) => [s, 0])) as Record<RfqStatus, number>;
  for (const c of countRows) counts[c.status] = Number(c.n);
  const items: FactoryRfqRow[] = rows.map(({ rfq, buyerName, company, country }) => ({
    id: rfq.id, number: rfq.number, status: rfq.status, quantity: rfq.quantity, targetUnitPriceFen: rfq.targetUnitPriceFen,
    createdAt: rfq.createdAt, updatedAt: rfq.updatedAt, buyer: { name: buyerName, company, country },
    listing: summaries.get(rfq.listingId) ?? null, options: variants.find((v) => v.id === rfq.skuId)?.options ?? null, hasAttachment: rfq.attachmentKey !== null,
  }));
  return { items, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}
