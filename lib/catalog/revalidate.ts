import "server-only";
import { revalidateTag } from "next/cache";
import { catalogTags } from "./tags-cache";

/**
 * Call after a listing, its factory, the rates or the shipping lines change: the pages that show
 * them are served stale once more and re-rendered in the background (stale-while-revalidate).
 */
export function revalidateCatalog(change: { listingId?: number; factoryId?: number; rates?: boolean; shipping?: boolean }) {
  if (change.listingId) revalidateTag(catalogTags.listing(change.listingId), "max");
  if (change.factoryId) revalidateTag(catalogTags.factory(change.factoryId), "max");
  if (change.listingId || change.factoryId) revalidateTag(catalogTags.catalog, "max");
  if (change.rates) revalidateTag(catalogTags.rates, "max");
  if (change.shipping) revalidateTag(catalogTags.shipping, "max");
}
