// The events feed: a partner's events after a cursor (the last event id it has), oldest first.
import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { partnerEvents } from "@/db/schema";
import type { PartnerEventType } from "./events";

export async function partnerEventsAfter(db: DbOrTx, partnerId: number, mode: "test" | "live", afterId: number, limit: number) {
  const rows = await db
    .select()
    .from(partnerEvents)
    .where(and(eq(partnerEvents.partnerId, partnerId), eq(partnerEvents.mode, mode), gt(partnerEvents.id, afterId)))
    .orderBy(asc(partnerEvents.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    items: page.map((e) => ({ id: `evt_${e.id}`, type: e.type as PartnerEventType, created: e.createdAt.toISOString(), mode: e.mode as "test" | "live", data: e.data })),
    nextCursor: rows.length > limit ? `evt_${page[page.length - 1].id}` : null,
  };
}
