import "server-only";
// Removes a photo from a listing of the caller's factory; the others close up (the next becomes the
// cover). Its stored images go too unless another listing (a duplicate) still shows them. An active
// listing keeps at least one photo.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobs, listingPhotos } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { findOwnListing } from "@/lib/listings/find-own-listing";
import { refreshListingSearch } from "@/lib/listings/refresh-listing-search";
import { photoVariantKeys } from "./photo-sizes";
import { setPhotoPositions } from "./set-photo-positions";

export async function deleteListingPhoto(db: Db, factoryId: number, listingId: number, photoId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const listing = await findOwnListing(tx, factoryId, listingId, { forUpdate: true });
    const photos = await tx
      .select({ id: listingPhotos.id, storageKey: listingPhotos.storageKey })
      .from(listingPhotos)
      .where(eq(listingPhotos.listingId, listing.id))
      .orderBy(asc(listingPhotos.position));
    const photo = photos.find((p) => p.id === photoId);
    if (!photo) throw new NotFoundError("photo", photoId);
    if (listing.status === "active" && photos.length === 1) {
      throw new ValidationError([{ path: ["photos"], key: "photos.lastOfActiveListing" }]);
    }
    await tx.delete(listingPhotos).where(and(eq(listingPhotos.id, photo.id), eq(listingPhotos.listingId, listing.id)));
    await setPhotoPositions(tx, listing.id, photos.filter((p) => p.id !== photo.id).map((p) => p.id));

    const [stillShown] = await tx.select({ id: listingPhotos.id }).from(listingPhotos).where(eq(listingPhotos.storageKey, photo.storageKey)).limit(1);
    if (!stillShown) await tx.delete(blobs).where(inArray(blobs.key, photoVariantKeys(photo.storageKey)));
    await refreshListingSearch(tx, listing.id);
  });
}
