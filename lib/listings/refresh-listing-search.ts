import "server-only";
// After a listing changes (text, status, photos, SKUs, tiers): its search row, and its product group
// (listings whose covers are near-duplicates are the same product, for price comparison). The group
// joins the first existing group whose representative is the same product, as assignProductGroups
// does for all; that full pass (with suggestions and the typo vocabulary) stays a nightly job.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listingSearch } from "@/db/schema";
import { findSimilarByHash } from "@/lib/search/image-search";
import { refreshSearchIndex } from "@/lib/search/refresh-search-index";

export async function refreshListingSearch(db: DbOrTx, listingId: number) {
  await refreshSearchIndex(db, [listingId]);
  const [row] = await db
    .select({ phash: listingSearch.phash, colours: listingSearch.colours })
    .from(listingSearch)
    .where(eq(listingSearch.listingId, listingId));
  if (!row) return; // not active: not searchable
  let group = listingId;
  if (row.phash !== null) {
    const matches = await findSimilarByHash(db, { phash: row.phash, colours: row.colours ?? "" }, { limit: 1000 });
    const same = matches.filter((m) => m.sameProduct && m.listingId !== listingId).map((m) => m.listingId);
    if (same.length) {
      const [seed] = await db
        .select({ id: listingSearch.listingId })
        .from(listingSearch)
        .where(and(inArray(listingSearch.listingId, same), sql`${listingSearch.productGroup} = ${listingSearch.listingId}`))
        .orderBy(listingSearch.listingId)
        .limit(1);
      if (seed) group = seed.id;
    }
  }
  await db.update(listingSearch).set({ productGroup: group }).where(eq(listingSearch.listingId, listingId));
}
