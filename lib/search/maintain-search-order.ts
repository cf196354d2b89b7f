import "server-only";
// Keeps `listing_search` physically in static-rank order (best selling first). A bitmap scan reads
// heap pages in physical order, so the first N matches of a broad query are then its N best sellers:
// the search ranks those instead of sorting every match (see RANKED_WINDOW in postgres-engine.ts).
// Run after bulk loads and nightly (a job on the queue, at scale); rows added since the last run sit
// at the end and are ranked a little late until the next one.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

export async function maintainSearchOrder(db: DbOrTx) {
  await db.execute(sql`cluster listing_search using listing_search_sold`);
  await db.execute(sql`analyze listing_search`);
}
