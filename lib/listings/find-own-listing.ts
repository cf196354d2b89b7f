import "server-only";
// The one way the listing operations load a listing: by id AND the caller's factory. A listing of
// another factory is "not found", exactly like one that does not exist.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listings, type Listing } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

export async function findOwnListing(
  db: DbOrTx,
  factoryId: number,
  listingId: number,
  options: { forUpdate?: boolean } = {},
): Promise<Listing> {
  if (!Number.isSafeInteger(listingId)) throw new NotFoundError("listing", String(listingId));
  const query = db.select().from(listings).where(and(eq(listings.id, listingId), eq(listings.factoryId, factoryId)));
  // Row lock: two saves or photo uploads of the same listing run one after the other.
  const [listing] = options.forUpdate ? await query.for("update") : await query;
  if (!listing) throw new NotFoundError("listing", listingId);
  return listing;
}
