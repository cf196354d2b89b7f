import "server-only";
// The sitemap index's content: which id ranges of listings and factories hold public pages, and
// when each range last changed. One grouped pass per kind; the index is cached (see the route).
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factories, listings } from "@/db/schema";
import { SITEMAP_MAX_URLS } from "./sitemap-plan";

export interface SitemapChunks {
  listings: { chunk: number; lastmod: string }[];
  factories: { chunk: number; lastmod: string }[];
  /** The newest publication: lastmod of the home and category pages. */
  catalogLastmod: string | null;
}

const iso = (v: unknown) => new Date(v as string).toISOString();

export async function listSitemapChunks(db: DbOrTx): Promise<SitemapChunks> {
  const size = sql.raw(String(SITEMAP_MAX_URLS));
  const [listingChunks, factoryChunks, [latest]] = await Promise.all([
    db
      .select({ chunk: sql<number>`(${listings.id} / ${size})::int`, lastmod: sql<string>`max(${listings.updatedAt})` })
      .from(listings)
      .where(eq(listings.status, "active"))
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    db
      .select({
        chunk: sql<number>`(${factories.organisationId} / ${size})::int`,
        lastmod: sql<string>`max(greatest(${factories.createdAt}, coalesce(${factories.verifiedAt}, ${factories.createdAt})))`,
      })
      .from(factories)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    // (status, published_at) index: one index probe.
    db.select({ at: sql<string | null>`max(${listings.publishedAt})` }).from(listings).where(eq(listings.status, "active")),
  ]);
  return {
    listings: listingChunks.map((r) => ({ chunk: Number(r.chunk), lastmod: iso(r.lastmod) })),
    factories: factoryChunks.map((r) => ({ chunk: Number(r.chunk), lastmod: iso(r.lastmod) })),
    catalogLastmod: latest?.at ? iso(latest.at) : null,
  };
}
