import "server-only";
import { revalidateTag } from "next/cache";
import { catalogTags } from "./tags-cache";

/**
 * Call after a listing, its factory, the rates, the shipping lines or an agent's fees and warehouses change. The tags expire at once
 * (`{ expire: 0 }`): the next view of a page that shows them renders afresh instead of being served
 * the old page once more, as the "max" profile (stale-while-revalidate) did — an admin who has just
 * verified a factory, or a factory that has just changed a price, must not see the old page.
 * (Next 16: `updateTag` does the same but only inside server actions; this runs in route handlers too.)
 */
export function revalidateCatalog(change: { listingId?: number; factoryId?: number; rates?: boolean; shipping?: boolean; agents?: boolean }) {
  const now = { expire: 0 };
  if (change.listingId) revalidateTag(catalogTags.listing(change.listingId), now);
  if (change.factoryId) revalidateTag(catalogTags.factory(change.factoryId), now);
  if (change.listingId || change.factoryId) revalidateTag(catalogTags.catalog, now);
  if (change.rates) revalidateTag(catalogTags.rates, now);
  if (change.shipping) revalidateTag(catalogTags.shipping, now);
  if (change.agents) revalidateTag(catalogTags.agents, now);
}

interface IncrementalCache {
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
}

/**
 * Revalidation from a job, which runs outside any request: Next's revalidateTag needs the store of
 * a request (it throws without one, and from a timer started inside a finished request it would
 * queue the tags on that request, never applied). The server's incremental cache — Next keeps it
 * on `globalThis.__incrementalCache` from the first request, the one that starts the job worker —
 * takes the tags directly: it marks them expired in the tag manifest that both the page cache and
 * the 'use cache' data consult, and our shared cache handler (lib/cache) passes them to the other
 * processes. Outside a Next server (seed, tests, scripts) there is no cache to revalidate.
 */
export async function revalidateTagsOutsideRequest(tags: string[]): Promise<boolean> {
  const cache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache;
  if (!cache || tags.length === 0) return false;
  await cache.revalidateTag(tags, { expire: 0 });
  return true;
}
