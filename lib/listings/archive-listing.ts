import "server-only";
// Takes a listing of the caller's factory off sale (it leaves search and category pages; open
// orders keep their lines). Publishing it again brings it back.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listings } from "@/db/schema";
import { findOwnListing } from "./find-own-listing";
import { refreshListingSearch } from "./refresh-listing-search";

export async function archiveListing(db: Db, factoryId: number, listingId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const listing = await findOwnListing(tx, factoryId, listingId, { forUpdate: true });
    if (listing.status === "archived") return;
    await tx.update(listings).set({ status: "archived", updatedAt: new Date() }).where(eq(listings.id, listing.id));
    await refreshListingSearch(tx, listing.id);
  });
}
