import "server-only";
// Listings whose cover photos are near-duplicates (Hamming distance <= NEAR_DUPLICATE_BITS) are the
// same product sold by different factories: one product group, for price comparison.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/client";
import { colourDistance, hammingDistance } from "@/lib/photos/perceptual-hash";
import { intArray } from "./sql-arrays";

export const NEAR_DUPLICATE_BITS = 6;
/** Same product, same colours: a near-duplicate hash alone can be another object of the same shape. */
export const SAME_COLOURS = 8;

export const isSameProduct = (a: { phash: bigint; colours: string }, b: { phash: bigint; colours: string }) =>
  hammingDistance(a.phash, b.phash) <= NEAR_DUPLICATE_BITS && colourDistance(a.colours, b.colours) <= SAME_COLOURS;


/** Recomputes every product group. */
export async function assignProductGroups(db: DbOrTx) {
  const rows = rowsOf<{ id: number; phash: string | bigint; colours: string | null }>(
    await db.execute(sql`select listing_id as id, phash::text as phash, colours from listing_search where phash is not null order by listing_id`),
  ).map((r) => ({ id: Number(r.id), phash: BigInt(r.phash), colours: r.colours ?? "" }));
  // Each group is represented by its first listing; another listing joins the first group whose
  // representative it matches. No chaining: A~B and B~C does not put A and C together, so two
  // similar products cannot merge through a third.
  const seeds: typeof rows = [];
  const groupOf = new Map<number, number>();
  for (const row of rows) {
    const seed = seeds.find((candidate) => isSameProduct(candidate, row));
    if (seed) groupOf.set(row.id, seed.id);
    else {
      seeds.push(row);
      groupOf.set(row.id, row.id);
    }
  }
  const groups = rows.map((r) => ({ id: r.id, group: groupOf.get(r.id)! }));
  for (let i = 0; i < groups.length; i += 1000) {
    const chunk = groups.slice(i, i + 1000);
    await db.execute(sql`update listing_search s set product_group = g.grp
      from unnest(${intArray(chunk.map((g) => g.id))}, ${intArray(chunk.map((g) => g.group))}) as g(id, grp)
      where s.listing_id = g.id`);
  }
}
