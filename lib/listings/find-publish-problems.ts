import "server-only";
// What a listing lacks before buyers may see it: a title in its source language, at least one photo,
// at least one SKU, valid price tiers (and no SKU whose price difference takes a tier to zero).
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listingPhotos, listingTranslations, priceTiers, skus, type Listing } from "@/db/schema";
import type { FieldIssue } from "@/lib/errors";
import { tierIssues } from "./listing-schema";

export async function findPublishProblems(db: DbOrTx, listing: Listing): Promise<FieldIssue[]> {
  const [[title], [photos], [skuStats], tiers] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(listingTranslations)
      .where(and(eq(listingTranslations.listingId, listing.id), eq(listingTranslations.locale, listing.sourceLocale), ne(listingTranslations.title, ""))),
    db.select({ n: sql<number>`count(*)::int` }).from(listingPhotos).where(eq(listingPhotos.listingId, listing.id)),
    db
      .select({ n: sql<number>`count(*)::int`, minDelta: sql<number | null>`min(${skus.priceDeltaFen})::int` })
      .from(skus)
      .where(and(eq(skus.listingId, listing.id), eq(skus.active, true))),
    db
      .select({ minQty: priceTiers.minQty, unitPriceFen: priceTiers.unitPriceFen })
      .from(priceTiers)
      .where(eq(priceTiers.listingId, listing.id))
      .orderBy(asc(priceTiers.minQty)),
  ]);
  const problems: FieldIssue[] = [];
  if (Number(title.n) === 0) problems.push({ path: ["title"], key: "publish.titleMissing" });
  if (Number(photos.n) === 0) problems.push({ path: ["photos"], key: "publish.photoMissing" });
  if (Number(skuStats.n) === 0) problems.push({ path: ["skus"], key: "publish.skuMissing" });
  problems.push(...tierIssues(tiers, listing.moq));
  if (tiers.length && skuStats.minDelta !== null && Math.min(...tiers.map((t) => t.unitPriceFen)) + Number(skuStats.minDelta) <= 0) {
    problems.push({ path: ["skus"], key: "skus.priceNotPositive" });
  }
  return problems;
}
