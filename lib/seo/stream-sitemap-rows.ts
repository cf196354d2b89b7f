import "server-only";
// The rows of one sitemap file, read in batches by keyset (id > last seen) inside the file's id
// range: memory holds one batch, never the file, let alone the catalogue.
import { and, asc, eq, gt, gte, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factories, listings } from "@/db/schema";
import { chunkRange } from "./sitemap-plan";

export interface SitemapRow {
  id: number;
  lastmod: Date;
}

export async function* streamSitemapRows(
  db: DbOrTx,
  kind: "listings" | "factories",
  chunk: number,
  batchSize = 2_000,
): AsyncGenerator<SitemapRow[]> {
  const { from, to } = chunkRange(chunk);
  let last = from - 1;
  for (;;) {
    const rows =
      kind === "listings"
        ? await db
            .select({ id: listings.id, lastmod: listings.updatedAt })
            .from(listings)
            .where(and(eq(listings.status, "active"), gte(listings.id, from), lt(listings.id, to), gt(listings.id, last)))
            .orderBy(asc(listings.id))
            .limit(batchSize)
        : await db
            .select({ id: factories.organisationId, lastmod: factories.createdAt, verifiedAt: factories.verifiedAt })
            .from(factories)
            .where(and(gte(factories.organisationId, from), lt(factories.organisationId, to), gt(factories.organisationId, last)))
            .orderBy(asc(factories.organisationId))
            .limit(batchSize)
            .then((rs) => rs.map((r) => ({ id: r.id, lastmod: r.verifiedAt && r.verifiedAt > r.lastmod ? r.verifiedAt : r.lastmod })));
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    last = rows[rows.length - 1].id;
  }
}
