// Sorting search results by price and by date reads the index band by band (week by week) and
// stops early (lib/search/sort-walk.ts): the pages must be exactly those of sorting every match.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { filterConditions, orderBy, termCondition } from "@/lib/search/match-conditions";
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
async function bruteForce(query: KeywordQuery): Promise<number[]> {
  const where = sql.join([...searchableTerms(query.q).map(termCondition), ...filterConditions(query)], sql` and `);
  const rows = rowsOf<{ id: number }>(
    await database.db.execute(sql`select s.listing_id as id from listing_search s where ${where}
      order by ${orderBy(query.sort)} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`),
  );
  return rows.map((r) => Number(r.id));
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
  ];
  for (const sort of ["price_asc", "price_desc", "newest"] as const) {
    it(`gives exactly the page of sorting every match (${sort})`, async () => {
      let nonEmpty = 0;
      for (const c of cases) {
        const query = { locale: "en", page: 1, pageSize: 24, ...c, q: c.q!, sort } as KeywordQuery;
        const result = await searchKeyword(database.db, query);
        const ids = result.items.map((item) => item.id);
        expect(ids, `${sort} ${JSON.stringify(c)}`).toEqual(await bruteForce(query));
        if (ids.length) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThanOrEqual(4);
    });
  }
});
