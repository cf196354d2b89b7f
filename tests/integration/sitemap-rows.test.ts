// Sitemaps read the catalogue in keyset batches inside each file's id range: every active listing
// once, in id order, nothing else; the index names only ranges that hold public pages.
import { and, asc, eq, gte, lt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factories, listings } from "@/db/schema";
import { listSitemapChunks } from "@/lib/seo/list-sitemap-chunks";
import { streamSitemapRows } from "@/lib/seo/stream-sitemap-rows";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
// Seeding the demo catalogue takes minutes on a busy machine.
beforeAll(async () => {
  database = await createTestDatabase();
}, 600_000);
afterAll(async () => database?.close());

async function collect(kind: "listings" | "factories", chunk: number, batch: number) {
  const batches: number[][] = [];
  for await (const rows of streamSitemapRows(database.db, kind, chunk, batch)) batches.push(rows.map((r) => r.id));
  return batches;
}

describe("sitemap rows", () => {
  it("streams every active listing once, in id order, in batches no larger than asked", async () => {
    const db = database.db;
    const [archived] = await db.select({ id: listings.id }).from(listings).where(eq(listings.status, "active")).orderBy(asc(listings.id)).limit(1);
    await db.update(listings).set({ status: "archived" }).where(eq(listings.id, archived.id));
    const active = (await db.select({ id: listings.id }).from(listings).where(and(eq(listings.status, "active"), gte(listings.id, 0), lt(listings.id, 50_000))).orderBy(asc(listings.id))).map((r) => r.id);
    expect(active.length).toBeGreaterThan(100);

    const batches = await collect("listings", 0, 37);
    expect(batches.every((b) => b.length <= 37)).toBe(true);
    expect(batches.length).toBe(Math.ceil(active.length / 37));
    expect(batches.flat()).toEqual(active);
    expect(batches.flat()).not.toContain(archived.id);
    expect(await collect("listings", 1, 37)).toEqual([]); // an empty id range
  });

  it("streams factories with the later of creation and verification as lastmod", async () => {
    const all = await database.db.select().from(factories).orderBy(asc(factories.organisationId));
    const rows: { id: number; lastmod: Date }[] = [];
    for await (const batch of streamSitemapRows(database.db, "factories", 0, 5)) rows.push(...batch);
    expect(rows.map((r) => r.id)).toEqual(all.map((f) => f.organisationId));
    for (const f of all) {
      const expected = f.verifiedAt && f.verifiedAt > f.createdAt ? f.verifiedAt : f.createdAt;
      expect(rows.find((r) => r.id === f.organisationId)!.lastmod.getTime()).toBe(expected.getTime());
    }
  });

  it("lists only id ranges that hold public pages, each with its newest change", async () => {
    const chunks = await listSitemapChunks(database.db);
    expect(chunks.listings.map((c) => c.chunk)).toEqual([0]);
    expect(chunks.factories.map((c) => c.chunk)).toEqual([0]);
    const [newest] = await database.db.select({ at: listings.updatedAt }).from(listings).where(eq(listings.status, "active")).orderBy(listings.updatedAt).limit(1).offset(0);
    expect(new Date(chunks.listings[0].lastmod).getTime()).toBeGreaterThanOrEqual(newest.at.getTime());
    expect(chunks.catalogLastmod).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
