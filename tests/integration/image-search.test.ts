import { and, eq, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import { readMedia } from "@/lib/photos/read-media";
import { jpegFallbackKey, photoVariantKey } from "@/lib/photos/photo-sizes";
import { rowsOf } from "@/db/client";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readUploadedImage } from "@/lib/photos/validate-image";
import { findSimilarByHash, hashUploadedImage, similarByHashQuery, type ImageMatch } from "@/lib/search/image-search";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});


/**
 * Every match sorted: the same product first, cheapest first (distances within one product are photo
 * noise); then the others by distance, then cheapest first.
 */
function expectSorted(matches: ImageMatch[]) {
  for (let i = 1; i < matches.length; i++) {
    const [a, b] = [matches[i - 1], matches[i]];
    const key = (m: ImageMatch) => (m.sameProduct ? [0, 0, m.priceMinFen] : [1, m.distance, m.priceMinFen]);
    const [ka, kb] = [key(a), key(b)];
    const cmp = ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
    expect(cmp, `${JSON.stringify(a)} before ${JSON.stringify(b)}`).toBeLessThanOrEqual(0);
  }
}

/** What a buyer uploads: the photo as another site shows it, resized and JPEG-compressed. */
async function reshot(photo: Buffer) {
  const jpeg = await sharp(photo).resize(700, 680, { fit: "fill" }).jpeg({ quality: 70 }).toBuffer();
  return uploaded(jpeg);
}

/** What the image search route does with an upload: check and re-encode it, then hash it. */
async function uploaded(bytes: Uint8Array) {
  const upload = await readUploadedImage(bytes);
  if (!upload.ok) throw new Error(upload.error);
  return hashUploadedImage(upload.image);
}

const coverKey = async (listingId: number) => {
  const [photo] = await database.db
    .select({ key: s.listingPhotos.storageKey })
    .from(s.listingPhotos)
    .where(and(eq(s.listingPhotos.listingId, listingId), eq(s.listingPhotos.position, 0)));
  return photo.key;
};

/** A photo as the site serves it at /media/<key>. */
const served = async (key: string) => {
  const media = await readMedia(database.db, key);
  if (!media) throw new Error(`no media ${key}`);
  return media;
};

const coverPhoto = async (listingId: number) => Buffer.from((await served(await coverKey(listingId))).bytes);

describe("image search", () => {
  it("finds the listing of a re-photographed, re-compressed cover first, as the same product", async () => {
    // The listing whose cover photo is farthest from every other listing's: only it is this product.
    const [target] = rowsOf<{ id: number; nearest: number }>(
      await database.db.execute(sql`
        select s.listing_id as id,
          (select min(bit_count((s.phash # o.phash)::bit(64)))::int from listing_search o where o.listing_id <> s.listing_id) as nearest
        from listing_search s order by 2 desc, 1 limit 1`),
    );
    expect(target.nearest).toBeGreaterThan(6);
    const matches = await findSimilarByHash(database.db, await reshot(await coverPhoto(Number(target.id))));

    expect(matches[0]).toMatchObject({ listingId: Number(target.id), sameProduct: true });
    expect(matches[0].distance).toBeLessThanOrEqual(6);
    expect(matches.filter((m) => m.sameProduct)).toHaveLength(1);
    expect(matches.every((m) => m.distance <= 10)).toBe(true);
    expectSorted(matches);
  });

  it("finds every factory selling the product of an uploaded photo, before merely similar ones", async () => {
    // A product several factories sell, each with its own photo of it (another seller's variant).
    const [target] = rowsOf<{ id: number; group: number }>(
      await database.db.execute(sql`
        select s.listing_id as id, s.product_group as group from listing_search s
        where (select count(*) from listing_search g where g.product_group = s.product_group) > 2
        order by s.listing_id limit 1`),
    );
    const group = rowsOf<{ id: number }>(
      await database.db.execute(sql`select listing_id as id from listing_search where product_group = ${target.group}`),
    ).map((r) => Number(r.id));
    const matches = await findSimilarByHash(database.db, await reshot(await coverPhoto(Number(target.id))));

    const same = matches.filter((m) => m.sameProduct);
    expect(same.map((m) => m.listingId)).toEqual(expect.arrayContaining(group));
    expect(same.find((m) => m.listingId === Number(target.id))!.distance).toBeLessThanOrEqual(6);
    expect(matches.slice(0, same.length).every((m) => m.sameProduct)).toBe(true);
    expect(matches.length).toBeLessThanOrEqual(48);
    expectSorted(matches);
  });

  it("takes the site's own photos: a saved listing photo (WebP, or its JPEG fallback) finds that listing's product first", async () => {
    const listings = await database.db
      .select({ id: s.listings.id, group: s.listingSearch.productGroup })
      .from(s.listings)
      .innerJoin(s.listingSearch, eq(s.listingSearch.listingId, s.listings.id))
      .where(eq(s.listings.status, "active"))
      .orderBy(s.listings.id);
    const sample = listings.filter((_, i) => i % 25 === 0);
    expect(sample.length).toBeGreaterThan(10);
    for (const listing of sample) {
      const key = await coverKey(listing.id);
      // What the card (600), the thumbnail (240) and a browser without WebP (the .jpg) show.
      for (const shown of [photoVariantKey(key, 600), photoVariantKey(key, 240), jpegFallbackKey(photoVariantKey(key, 600))]) {
        const media = await served(shown);
        expect(media.contentType, shown).toMatch(/^image\/(webp|jpeg)$/);
        const matches = await findSimilarByHash(database.db, await uploaded(media.bytes));
        const found = matches.find((m) => m.listingId === listing.id);
        expect(found, `listing ${listing.id} from ${shown}`).toMatchObject({ sameProduct: true });
        // Nothing but its own product (its near-duplicate group, sorted cheapest first) before it.
        const before = matches.slice(0, matches.indexOf(found!));
        expect(before.every((m) => m.sameProduct), `listing ${listing.id} from ${shown}`).toBe(true);
      }
    }
    // A listing that is alone with its product comes first outright.
    const alone = listings.find((l) => listings.filter((o) => o.group === l.group).length === 1)!;
    const media = await served(photoVariantKey(await coverKey(alone.id), 600));
    expect((await findSimilarByHash(database.db, await uploaded(media.bytes)))[0].listingId).toBe(alone.id);
  });

  it("still refuses an SVG upload, the site's photos being raster", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="red"/></svg>');
    expect(await readUploadedImage(svg)).toEqual({ ok: false, error: "unsupported_type" });
    const keys = await database.db.select({ type: s.blobs.contentType }).from(s.blobs).where(sql`${s.blobs.key} like 'gen/%'`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys.map((k) => k.type))).toEqual(new Set(["image/webp"]));
  });

  it("finds no same product for an unrelated picture", async () => {
    const noise = Buffer.alloc(128 * 128 * 3);
    let seed = 12345;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      noise[i] = seed >> 16;
    }
    const png = await sharp(noise, { raw: { width: 128, height: 128, channels: 3 } }).png().toBuffer();
    const matches = await findSimilarByHash(database.db, await hashUploadedImage(png));
    expect(matches.filter((m) => m.sameProduct)).toEqual([]);
  });

  it("lists equally close listings cheapest first", async () => {
    // A photo several listings share: all at distance 0, so only the price orders them (same product first).
    const [shared] = rowsOf<{ phash: string; colours: string; n: number }>(
      await database.db.execute(sql`
        select s.phash::text as phash, min(s.colours) as colours, count(*)::int as n from listing_search s
        group by s.phash having count(distinct s.price_min_fen) > 1 order by count(*) desc, 1 limit 1`),
    );
    expect(shared?.n).toBeGreaterThan(1);
    const matches = await findSimilarByHash(database.db, { phash: BigInt(shared.phash), colours: shared.colours });
    const exact = matches.filter((m) => m.distance === 0);
    expect(exact.length).toBeGreaterThanOrEqual(shared.n);
    for (const same of [true, false]) {
      const prices = exact.filter((m) => m.sameProduct === same).map((m) => m.priceMinFen);
      expect(prices).toEqual(prices.toSorted((a, b) => a - b));
    }
    expect(new Set(exact.map((m) => m.priceMinFen)).size).toBeGreaterThan(1);
    expectSorted(matches);
    expect((await findSimilarByHash(database.db, { phash: BigInt(shared.phash), colours: shared.colours }, { limit: 2 })).length).toBe(2);
  });

  it("reads candidates through the four slice indexes, not by scanning the table", async () => {
    // The demo table is small enough that the planner rightly prefers a scan; forbidding it shows
    // the query can use the indexes (a non-sargable condition would still scan).
    const plan = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = rowsOf<Record<string, string>>(await tx.execute(sql`explain ${similarByHashQuery(0x1234_5678_9abc_def0n)}`));
      return rows.map((r) => Object.values(r)[0]).join("\n");
    });
    expect(plan).toContain("BitmapOr");
    for (const index of ["listing_search_h0", "listing_search_h1", "listing_search_h2", "listing_search_h3"]) expect(plan).toContain(index);
    expect(plan).not.toMatch(/Seq Scan/);
  });
});
