import { and, eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { lookupProductLink } from "@/lib/search/lookup-product-link";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const listingWith = async (status: "active" | "draft" | "archived") => {
  const [row] = await database.db
    .select({ id: s.listings.id, offerId: s.listings.externalOfferId })
    .from(s.listings)
    .where(and(eq(s.listings.status, status), isNotNull(s.listings.externalOfferId)))
    .orderBy(s.listings.id)
    .limit(1);
  return { id: row.id, offerId: row.offerId! };
};

describe("link search", () => {
  it("leads a Chinese listing URL to the listing, with the other factories selling the product", async () => {
    // An active listing with peers in its product group.
    const [row] = await database.db
      .select({ id: s.listingSearch.listingId, group: s.listingSearch.productGroup })
      .from(s.listingSearch)
      .where(sql`(select count(*) from listing_search g where g.product_group = ${s.listingSearch.productGroup}) > 2`)
      .orderBy(s.listingSearch.listingId)
      .limit(1);
    const result = await lookupProductLink(database.db, `https://haozao.com/zh/p/${row.id}?ref=wechat`, "zh");
    expect(result).toMatchObject({ redirect: row.id });
    const peers = await database.db
      .select({ id: s.listingSearch.listingId, price: s.listingSearch.priceMinFen })
      .from(s.listingSearch)
      .where(eq(s.listingSearch.productGroup, row.group!))
      .orderBy(s.listingSearch.priceMinFen, s.listingSearch.listingId);
    expect(result && "redirect" in result && result.sameProduct).toEqual(peers.map((p) => p.id).filter((id) => id !== row.id));
  });

  it("leads a 1688 offer we list, in its desktop and mobile forms, to our listing", async () => {
    const listing = await listingWith("active");
    for (const url of [
      `https://detail.1688.com/offer/${listing.offerId}.html?spm=a2615.7691456`,
      `https://m.1688.com/page/offer.html?offerId=${listing.offerId}`,
    ]) {
      expect(await lookupProductLink(database.db, url, "en")).toMatchObject({ redirect: listing.id });
    }
  });

  it("finds nothing for a 1688 offer nobody lists", async () => {
    expect(await lookupProductLink(database.db, "https://detail.1688.com/offer/1.html", "en")).toEqual({ matches: [] });
  });

  it("never leads to an archived or draft listing, but to active listings of the same product", async () => {
    let found = 0;
    for (const status of ["archived", "draft"] as const) {
      const listing = await listingWith(status);
      for (const url of [`https://haozao.com/en/p/${listing.id}`, `detail.1688.com/offer/${listing.offerId}.html`]) {
        const result = await lookupProductLink(database.db, url, "en");
        expect(result, url).not.toHaveProperty("redirect");
        const matches = result && "matches" in result ? result.matches : [];
        expect(matches.map((m) => m.id)).not.toContain(listing.id);
        found += matches.length;
        const prices = matches.map((m) => m.priceMinFen);
        expect(prices).toEqual(prices.toSorted((a, b) => a - b));
        if (matches.length) {
          const active = await database.db
            .select({ id: s.listings.id })
            .from(s.listings)
            .where(and(eq(s.listings.status, "active"), sql`${s.listings.id} = any(${`{${matches.map((m) => m.id).join(",")}}`}::int[])`));
          expect(active).toHaveLength(matches.length);
        }
      }
    }
    // Seeded products are sold by several factories: some peer is still for sale.
    expect(found).toBeGreaterThan(0);
  });

  it("finds nothing for a listing id that does not exist or a link elsewhere, and leaves words to keyword search", async () => {
    expect(await lookupProductLink(database.db, "https://haozao.com/en/p/999999", "en")).toEqual({ matches: [] });
    expect(await lookupProductLink(database.db, "https://www.amazon.com/dp/B08N5WRWNW", "en")).toEqual({ matches: [] });
    expect(await lookupProductLink(database.db, "phone case", "en")).toBeNull();
  });
});
