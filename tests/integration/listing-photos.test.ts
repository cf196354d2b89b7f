import { asc, eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blobs, listingPhotos, listingSearch } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { publishListing } from "@/lib/listings/publish-listing";
import { saveListing } from "@/lib/listings/save-listing";
import { deleteListingPhoto } from "@/lib/photos/delete-listing-photo";
import { perceptualHash } from "@/lib/photos/perceptual-hash";
import { photoVariantKey } from "@/lib/photos/photo-sizes";
import { reorderListingPhotos } from "@/lib/photos/reorder-listing-photos";
import { PhotoUploadError, storeListingPhoto } from "@/lib/photos/store-listing-photo";
import { listingInput, openFactoryTestDatabase } from "../fixtures/factory-data";
import type { TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let factoryA: number;
let factoryB: number;
let category: number;
beforeAll(async () => {
  ({ database, factoryA, factoryB, category } = await openFactoryTestDatabase());
});
afterAll(async () => database?.close());

/** A product photo: a coloured disc on a lit background (no flat areas, like a real photo), in a PNG. */
const productPng = (colour: string, width = 1600, height = 1200) =>
  sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fafafa"/><stop offset="1" stop-color="#7a7a7a"/></linearGradient>
    <radialGradient id="p"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="${colour}"/></radialGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="url(#p)"/>
    <rect x="${width / 5}" y="${height / 6}" width="${width / 8}" height="${height / 2}" fill="#222"/></svg>`))
    .png()
    .toBuffer();

const counts = async () => {
  const [row] = await database.db.execute(sql`select (select count(*) from blobs)::int as blobs, (select count(*) from listing_photos)::int as photos`).then(
    (r) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { blobs: number; photos: number }[],
  );
  return { blobs: Number(row.blobs), photos: Number(row.photos) };
};

const photosOf = (listingId: number) =>
  database.db.select().from(listingPhotos).where(eq(listingPhotos.listingId, listingId)).orderBy(asc(listingPhotos.position));

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(PhotoUploadError);
  return (error as PhotoUploadError).problem;
};

describe("listing photos", () => {
  it("stores a PNG as WebP in three sizes with its perceptual hash, at the next position", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const png = await productPng("#d32f2f");
    const first = await storeListingPhoto(database.db, factoryA, listingId, png);
    const second = await storeListingPhoto(database.db, factoryA, listingId, await productPng("#1e88e5"));

    expect(first).toMatchObject({ position: 0, width: 1200, height: 900 });
    expect(second.position).toBe(1);
    expect(first.colours).toMatch(/^[0-9a-f]{54}$/);
    // The hash of the stored image is the hash of the photo (a re-encode moves it a bit or two at most).
    const bits = BigInt.asUintN(64, first.phash ^ (await perceptualHash(png))).toString(2).replace(/0/g, "").length;
    expect(bits).toBeLessThanOrEqual(3);

    const [row] = await photosOf(listingId);
    expect(row).toMatchObject({ id: first.id, storageKey: first.storageKey, phash: first.phash });
    for (const [size, width] of [[1200, 1200], [600, 600], [240, 240]] as const) {
      const [blob] = await database.db.select().from(blobs).where(eq(blobs.key, photoVariantKey(first.storageKey, size)));
      expect(blob.contentType).toBe("image/webp");
      expect(await sharp(blob.bytes).metadata()).toMatchObject({ format: "webp", width });
    }
  });

  it("refuses a text file named .jpg and stores nothing", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const before = await counts();
    const notAPhoto = new TextEncoder().encode("holiday.jpg: this is not a JPEG at all");
    expect(await refusal(storeListingPhoto(database.db, factoryA, listingId, notAPhoto))).toBe("not_an_image");
    expect(await counts()).toEqual(before);
  });

  it("refuses an oversized image, by bytes or by pixels, and stores nothing", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const before = await counts();
    expect(await refusal(storeListingPhoto(database.db, factoryA, listingId, new Uint8Array(9 * 1024 * 1024)))).toBe("too_large");
    const bomb = await sharp({ create: { width: 10_000, height: 5_000, channels: 3, background: "#fff" } }).png().toBuffer();
    const error = await storeListingPhoto(database.db, factoryA, listingId, bomb).catch((e: PhotoUploadError) => e);
    expect(error).toMatchObject({ problem: "too_many_pixels", key: "photos.tooManyPixels" });
    expect(await counts()).toEqual(before);
  });

  it("reorders photos, the first being the cover the search index uses", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const red = await storeListingPhoto(database.db, factoryA, listingId, await productPng("#d32f2f"));
    const blue = await storeListingPhoto(database.db, factoryA, listingId, await productPng("#1e88e5", 1200, 1600));
    await publishListing(database.db, factoryA, listingId);
    const cover = async () => (await database.db.select().from(listingSearch).where(eq(listingSearch.listingId, listingId)))[0].phash;
    expect(await cover()).toBe(red.phash);

    await reorderListingPhotos(database.db, factoryA, listingId, [blue.id, red.id]);
    expect((await photosOf(listingId)).map((p) => [p.id, p.position])).toEqual([[blue.id, 0], [red.id, 1]]);
    expect(await cover()).toBe(blue.phash);

    await expect(reorderListingPhotos(database.db, factoryA, listingId, [blue.id])).rejects.toBeInstanceOf(ValidationError);
    await expect(reorderListingPhotos(database.db, factoryA, listingId, [blue.id, blue.id])).rejects.toBeInstanceOf(ValidationError);
  });

  it("deletes a photo and its images, closes up positions, and keeps the last photo of an active listing", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const a = await storeListingPhoto(database.db, factoryA, listingId, await productPng("#43a047"));
    const b = await storeListingPhoto(database.db, factoryA, listingId, await productPng("#fb8c00"));
    await publishListing(database.db, factoryA, listingId);

    await deleteListingPhoto(database.db, factoryA, listingId, a.id);
    expect((await photosOf(listingId)).map((p) => [p.id, p.position])).toEqual([[b.id, 0]]);
    expect(await database.db.select().from(blobs).where(eq(blobs.key, photoVariantKey(a.storageKey, 240)))).toEqual([]);
    expect(await database.db.select().from(blobs).where(eq(blobs.key, a.storageKey))).toEqual([]);

    const error = await deleteListingPhoto(database.db, factoryA, listingId, b.id).catch((e: ValidationError) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ path: ["photos"], key: "photos.lastOfActiveListing" }]);
  });

  it("lets no factory touch another factory's photos", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const photo = await storeListingPhoto(database.db, factoryA, listingId, await productPng("#8e24aa"));
    const before = await counts();
    await expect(storeListingPhoto(database.db, factoryB, listingId, await productPng("#000"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(reorderListingPhotos(database.db, factoryB, listingId, [photo.id])).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteListingPhoto(database.db, factoryB, listingId, photo.id)).rejects.toBeInstanceOf(NotFoundError);
    const other = await saveListing(database.db, factoryB, listingInput(category));
    await expect(deleteListingPhoto(database.db, factoryB, other.listingId, photo.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });
});
