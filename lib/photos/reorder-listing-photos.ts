import "server-only";
// Puts the photos of a listing of the caller's factory in a new order; the first is the cover (what
// cards, image search and product groups use). The ids must be exactly the listing's photos.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listingPhotos } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { findOwnListing } from "@/lib/listings/find-own-listing";
import { refreshListingSearch } from "@/lib/listings/refresh-listing-search";
import { setPhotoPositions } from "./set-photo-positions";

export async function reorderListingPhotos(db: Db, factoryId: number, listingId: number, photoIds: number[]): Promise<void> {
  await db.transaction(async (tx) => {
    const listing = await findOwnListing(tx, factoryId, listingId, { forUpdate: true });
    const current = await tx.select({ id: listingPhotos.id }).from(listingPhotos).where(eq(listingPhotos.listingId, listing.id));
    const same = photoIds.length === current.length && new Set(photoIds).size === photoIds.length && current.every((p) => photoIds.includes(p.id));
    if (!same) throw new ValidationError([{ path: ["photoIds"], key: "photos.orderInvalid" }]);
    await setPhotoPositions(tx, listing.id, photoIds);
    await refreshListingSearch(tx, listing.id);
  });
}
