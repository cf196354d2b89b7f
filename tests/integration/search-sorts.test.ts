// Sorting search results by price and by date: a narrow query's page comes from its facet sample,
// a broad one's from the matches within a bound the sample gives (lib/search/bounded-sort-page.ts).
// Both must give exactly the page of sorting every match. The demo catalogue's queries are narrow,
// so the bounded read is also run on its own for every case, with a bound taken from a sample of
// the matches as the facet statement would.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { filterConditions, orderBy, termCondition } from "@/lib/search/match-conditions";
import { pageWithinBound } from "@/lib/search/bounded-sort-page";
import { searchableTerms, searchKeyword } from "@/lib/search/postgres-engine";
import type { KeywordQuery } from "@/lib/search/types";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 600_000);
afterAll(async () => {
  await database?.close();
});

/** Every match sorted, then the page: what the walk must give. */
const whereOf = (query: KeywordQuery) => sql.join([...searchableTerms(query.q).map(termCondition), ...filterConditions(query)], sql` and `);

async function bruteForce(query: KeywordQuery): Promise<number[]> {
  const where = whereOf(query);
  const rows = rowsOf<{ id: number }>(
    await database.db.execute(sql`select s.listing_id as id from listing_search s where ${where}
      order by ${orderBy(query.sort)} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`),
  );
  return rows.map((r) => Number(r.id));
}

/**
 * The bound a sample of the matches gives (four in five: any subset of real matches will do),
 * as the facet statement computes it from its own sample, and the far edge of the data.
 */
async function sampleBound(query: KeywordQuery): Promise<{ bound: string | null; edge: string | null }> {
  const need = query.page * query.pageSize;
  const [asc, column, edge] =
    query.sort === "newest"
      ? ["desc", "published_at", "max(published_at)"]
      : query.sort === "price_asc"
        ? ["asc", "price_min_fen", "min(price_min_fen)"]
        : ["desc", "price_min_fen", "max(price_min_fen)"];
  const [row] = rowsOf<{ bound: string | null; edge: string | null }>(
    await database.db.execute(sql`select
      (select ${sql.raw(column)} from listing_search s where ${whereOf(query)} and s.listing_id % 5 <> 0
        order by ${sql.raw(column)} ${sql.raw(asc)} limit 1 offset ${need - 1})::text as bound,
      (select ${sql.raw(edge)}::text from listing_search) as edge`),
  );
  return row;
}

describe("search results sorted by price and by date", () => {
  const cases: Partial<KeywordQuery>[] = [
    { q: "bag" },
    { q: "cup", pageSize: 5, page: 2 },
    { q: "case", pageSize: 7, page: 3 },
    { q: "手机壳" },
    { q: "bottle", priceMinFen: 500, priceMaxFen: 3000 },
    { q: "mug", verifiedOnly: true, pageSize: 4 },
    { q: "lamp", priceMinFen: 12345 },
    { q: "bag", pageSize: 3 },
    { q: "case", pageSize: 4, page: 2 },
    { q: "bottle", pageSize: 2, priceMaxFen: 5000 },
  ];
  for (const sort of ["price_asc", "price_desc", "newest"] as const) {
    it(`gives exactly the page of sorting every match (${sort})`, async () => {
      let nonEmpty = 0;
      let bounded = 0;
      for (const c of cases) {
        const query = { locale: "en", page: 1, pageSize: 24, ...c, q: c.q!, sort } as KeywordQuery;
        const result = await searchKeyword(database.db, query);
        const ids = result.items.map((item) => item.id);
        const expected = await bruteForce(query);
        expect(ids, `${sort} ${JSON.stringify(c)}`).toEqual(expected);
        const bounds = await sampleBound(query);
        if (bounds.bound != null) bounded++;
        expect(await pageWithinBound(database.db, whereOf(query), query, bounds.bound, bounds.edge), `bounded: ${sort} ${JSON.stringify(c)} ${JSON.stringify(bounds)}`).toEqual(expected);
        if (ids.length) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThanOrEqual(4);
      expect(bounded).toBeGreaterThanOrEqual(2);
    });
  }
});
