import "server-only";
// Link search: a pasted URL of one of our listings or of a 1688 offer leads to that listing (with
// the other listings of the same product, for price comparison), or, when the listing is no longer
// for sale, to the active listings of the same product.
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listingPhotos, listings, listingSearch } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { listListingCards, type ListingCard } from "@/lib/catalog/listing-cards";
import { findSimilarByHash } from "./image-search";
import { parseProductLink, type ProductLink } from "./link-lookup";

export type LinkLookup =
  /** An active listing: go to its page; `sameProduct` are the other listings of its product group, cheapest first. */
  | { redirect: number; sameProduct: number[] }
  /** No active listing behind the link: active listings of the same product, cheapest first (maybe none). */
  | { matches: ListingCard[] };

/** What a pasted link leads to, or null when the text is not a URL (search it as keywords). */
export async function lookupProductLink(db: DbOrTx, link: string | ProductLink, locale: Locale): Promise<LinkLookup | null> {
  const parsed = typeof link === "string" ? parseProductLink(link) : link;
  if (!parsed) return null;
  if (parsed.kind === "unknown-url") return { matches: [] };

  const [listing] = await db
    .select({ id: listings.id, status: listings.status })
    .from(listings)
    .where(parsed.kind === "listing" ? eq(listings.id, parsed.listingId) : eq(listings.externalOfferId, parsed.offerId))
    .limit(1);
  if (!listing) return { matches: [] };
  if (listing.status === "active") return { redirect: listing.id, sameProduct: await productGroupPeers(db, listing.id) };
  return { matches: await sameProductCards(db, listing.id, locale) };
}

async function productGroupPeers(db: DbOrTx, listingId: number): Promise<number[]> {
  const rows = await db
    .select({ id: listingSearch.listingId })
    .from(listingSearch)
    .where(
      and(
        eq(listingSearch.productGroup, sql`(select s.product_group from listing_search s where s.listing_id = ${listingId})`),
        sql`${listingSearch.listingId} <> ${listingId}`,
      ),
    )
    .orderBy(listingSearch.priceMinFen, listingSearch.listingId);
  return rows.map((r) => r.id);
}

/** A draft or archived listing is not in the search index: match its cover photo instead. */
async function sameProductCards(db: DbOrTx, listingId: number, locale: Locale): Promise<ListingCard[]> {
  const [cover] = await db
    .select({ phash: listingPhotos.phash, colours: listingPhotos.colours })
    .from(listingPhotos)
    .where(eq(listingPhotos.listingId, listingId))
    .orderBy(listingPhotos.position)
    .limit(1);
  if (!cover) return [];
  const ids = (await findSimilarByHash(db, { phash: BigInt(cover.phash), colours: cover.colours })).filter((m) => m.sameProduct).map((m) => m.listingId);
  if (!ids.length) return [];
  const { items } = await listListingCards(db, locale, { ids }, { sort: "price_asc", limit: ids.length });
  return items;
}
