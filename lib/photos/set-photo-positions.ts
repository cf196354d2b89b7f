import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { listingPhotos } from "@/db/schema";
import { intArray } from "@/lib/search/sql-arrays";

/** Positions 0..n-1 in the given order. (listing_id, position) is unique, so first out of the way. */
export async function setPhotoPositions(tx: Tx, listingId: number, photoIds: number[]) {
  if (!photoIds.length) return;
  await tx
    .update(listingPhotos)
    .set({ position: sql`-1 - ${listingPhotos.position}` })
    .where(and(eq(listingPhotos.listingId, listingId), inArray(listingPhotos.id, photoIds)));
  await tx.execute(sql`update listing_photos p set position = o.position - 1
    from unnest(${intArray(photoIds)}) with ordinality as o(id, position)
    where p.id = o.id and p.listing_id = ${listingId}`);
}
