// The translation of a listing after publish (SPEC 3), as a job: enqueued in the publish transaction
// (publish-listing.ts), run by the worker moments later, retried with backoff when the translator
// (LibreTranslate) is unreachable. translateListing refreshes the search row in its transaction, so
// an English search finds a Chinese-only listing as soon as the job ran.
import { defineJob } from "@/lib/jobs/define-job";
import { getTranslationProvider } from "@/lib/translate/get-translation-provider";
import { translateListing } from "./translate-listing";

export const TRANSLATE_LISTING_JOB = "listings.translate";

export const translateListingJob = defineJob<{ factoryId: number; listingId: number }>({
  name: TRANSLATE_LISTING_JOB,
  retryLimit: 5,
  retryDelaySeconds: 30,
  handler: async ({ factoryId, listingId }, { db }) => {
    await translateListing(db, factoryId, listingId, getTranslationProvider());
  },
});
