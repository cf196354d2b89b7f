import "server-only";
// How many listings each of some categories (with their descendants) holds under the filters a buyer
// has set (price, tags): the counts on a category page's sub-category chips. One grouped query.
import { eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factories, listings } from "@/db/schema";
import { cardCondition, type CardFilter } from "./listing-cards";

export interface CategoryGroup {
  id: number;
  /** The category and its descendants. */
  categoryIds: number[];
}

export async function countListingsByCategory(
  db: DbOrTx,
  filter: Omit<CardFilter, "categoryIds" | "ids">,
  groups: CategoryGroup[],
): Promise<Record<number, number>> {
  const all = [...new Set(groups.flatMap((g) => g.categoryIds))];
  const counts: Record<number, number> = Object.fromEntries(groups.map((g) => [g.id, 0]));
  if (all.length === 0) return counts;
  const rows = await db
    .select({ categoryId: listings.categoryId, n: sql<number>`count(*)::int` })
    .from(listings)
    .innerJoin(factories, eq(factories.organisationId, listings.factoryId))
    .where(sql`${cardCondition({ ...filter, categoryIds: undefined, ids: undefined })} and ${inArray(listings.categoryId, all)}`)
    .groupBy(listings.categoryId);
  const byCategory = new Map(rows.map((r) => [r.categoryId, Number(r.n)]));
  for (const g of groups) counts[g.id] = g.categoryIds.reduce((sum, id) => sum + (byCategory.get(id) ?? 0), 0);
  return counts;
}
