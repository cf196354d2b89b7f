import "server-only";
// Puts a listing of the caller's factory on sale (draft or archived -> active) once it is complete:
// title, photo, SKU, valid tiers. Otherwise a ValidationError lists what is missing, as message keys.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listings } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { findOwnListing } from "./find-own-listing";
import { findPublishProblems } from "./find-publish-problems";
import { refreshListingSearch } from "./refresh-listing-search";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { TRANSLATE_LISTING_JOB } from "./translate-listing-job";

export async function publishListing(db: Db, factoryId: number, listingId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const listing = await findOwnListing(tx, factoryId, listingId, { forUpdate: true });
    const problems = await findPublishProblems(tx, listing);
    if (problems.length) throw new ValidationError(problems);
    await tx
      .update(listings)
      .set({ status: "active", publishedAt: sql`coalesce(${listings.publishedAt}, now())`, updatedAt: new Date() })
      .where(eq(listings.id, listing.id));
    await refreshListingSearch(tx, listing.id);
    // Readable the day it goes live: the missing locales, then the search row again (translate-listing-job.ts).
    await enqueueJob(tx, TRANSLATE_LISTING_JOB, { factoryId, listingId: listing.id });
  });
}
