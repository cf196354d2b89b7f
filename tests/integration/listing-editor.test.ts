// The listing editor's server side: the translation a person edits (origin "human", scoped by
// factory), the portal's list of listings, the editor's load -> form -> draft -> save round trip,
// and every server action and the photo upload route refusing another factory's listing.
import { and, eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listingPhotos, listings, listingSearch, listingTranslations } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { draftToListingInput } from "@/lib/listings/listing-draft";
import { listFactoryListings } from "@/lib/listings/list-factory-listings";
import { loadListingEditor } from "@/lib/listings/load-listing-editor";
import { publishListing } from "@/lib/listings/publish-listing";
import { saveListing } from "@/lib/listings/save-listing";
import { saveListingTranslation } from "@/lib/listings/save-listing-translation";
import { translateListing } from "@/lib/listings/translate-listing";
import type { TranslationProvider } from "@/lib/translate/types";
import { formFromValues, placeIssues, toDraft } from "@/components/listings/editor/editor-form";
import { attachSeedPhoto, listingInput, openFactoryTestDatabase } from "../fixtures/factory-data";
import type { TestDatabase } from "../fixtures/test-database";

// The actions and the route run as in the app, with the session and the cache replaced: the
// signed-in factory is `session.factoryId`, the database the test's.
const session = vi.hoisted(() => ({ factoryId: null as number | null, db: null as unknown }));
// The gate's caller is a member of `session.factoryId` (or signed out when null).
const sessionActor = () =>
  session.factoryId === null
    ? { type: "anonymous" as const, ip: "test" }
    : {
        type: "user" as const,
        ip: "test",
        user: { id: 1, email: "f@test", name: "test", role: "factory" as const, company: null, country: null, locale: "zh", currency: "CNY", activeOrganisationId: null },
        memberships: [{ organisationId: session.factoryId, kind: "factory" as const, role: "owner" as const, name: "test" }],
      };
vi.mock("@/lib/gate/resolve-actor", () => ({ requestActor: async () => sessionActor(), actorFromHeaders: async () => sessionActor() }));
vi.mock("@/lib/action-locale", () => ({ actionLocale: async () => "zh" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/lib/db", () => ({ getDb: async () => session.db }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn(), updateTag: vi.fn() }));

const actions = await import("@/components/listings/editor/actions");
const photoRoute = await import("@/app/api/factory/listings/[id]/photos/route");

let database: TestDatabase;
let factoryA: number;
let factoryB: number;
let category: number;
beforeAll(async () => {
  ({ database, factoryA, factoryB, category } = await openFactoryTestDatabase());
  session.db = database.db;
});
afterAll(async () => database?.close());

const machine: TranslationProvider = {
  name: "fake-mt",
  translate: async (texts, _from, to) => texts.map((t) => `[${to}] ${t}`),
};
const textOf = async (listingId: number, locale: string) =>
  (await database.db.select().from(listingTranslations).where(and(eq(listingTranslations.listingId, listingId), eq(listingTranslations.locale, locale))))[0];
const refusal = async (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);
const png = (colour: string) =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: colour } })
    .composite([{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><circle cx="160" cy="120" r="70" fill="#fff"/></svg>`) }])
    .png()
    .toBuffer();
const upload = (listingId: number | string, bytes: Uint8Array | string, name = "photo.png") => {
  const body = new FormData();
  body.append("photo", new Blob([bytes as BlobPart]), name);
  return photoRoute.POST(new Request(`http://test/api/factory/listings/${listingId}/photos`, { method: "POST", body }), {
    params: Promise.resolve({ id: String(listingId) }),
  });
};

describe("a person's translation of a listing", () => {
  it("is stored as human, never overwritten by machine translation, and removed when emptied", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    expect(await saveListingTranslation(database.db, factoryA, listingId, { locale: "en", title: " Vacuum flask 500 ml ", description: "Keeps warm 12 hours." }))
      .toEqual({ origin: "human" });
    await translateListing(database.db, factoryA, listingId, machine);
    expect(await textOf(listingId, "en")).toMatchObject({ title: "Vacuum flask 500 ml", description: "Keeps warm 12 hours.", origin: "human" });
    expect(await textOf(listingId, "fr")).toMatchObject({ origin: "machine" });

    // Correcting a machine translation makes it human.
    await saveListingTranslation(database.db, factoryA, listingId, { locale: "fr", title: "Bouteille isotherme 500 ml", description: "" });
    expect(await textOf(listingId, "fr")).toMatchObject({ title: "Bouteille isotherme 500 ml", origin: "human" });

    expect(await saveListingTranslation(database.db, factoryA, listingId, { locale: "fr", title: "", description: "" })).toEqual({ origin: "missing" });
    expect(await textOf(listingId, "fr")).toBeUndefined();
  });

  it("refuses the source language, a description without a title, and another factory's listing", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const source = await refusal(saveListingTranslation(database.db, factoryA, listingId, { locale: "zh", title: "改", description: "" }));
    expect((source as ValidationError).issues).toEqual([{ path: ["locale"], key: "translation.sourceLocale" }]);
    const untitled = await refusal(saveListingTranslation(database.db, factoryA, listingId, { locale: "ja", title: " ", description: "説明" }));
    expect((untitled as ValidationError).issues).toEqual([{ path: ["title"], key: "title.required" }]);
    expect(await refusal(saveListingTranslation(database.db, factoryB, listingId, { locale: "en", title: "Hijacked", description: "" }))).toBeInstanceOf(NotFoundError);
    expect(await textOf(listingId, "en")).toBeUndefined();
  });

  it("makes an active listing findable by the translated title", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    await attachSeedPhoto(database.db, listingId);
    await publishListing(database.db, factoryA, listingId);
    await saveListingTranslation(database.db, factoryA, listingId, { locale: "en", title: "Thermos quokkaflask", description: "" });
    const [row] = await database.db.select({ doc: listingSearch.doc }).from(listingSearch).where(eq(listingSearch.listingId, listingId));
    expect(row.doc).toContain("quokkaflask");
  });
});

describe("the factory's list of listings", () => {
  it("shows only its own listings, with price range, SKUs, stock and the origin of each locale", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category, { title: "双层玻璃杯 批发 zebrafish" }));
    await saveListingTranslation(database.db, factoryA, listingId, { locale: "en", title: "Double wall glass zebrafish", description: "" });
    await saveListing(database.db, factoryB, listingInput(category, { title: "别家的杯子 zebrafish" }));

    const page = await listFactoryListings(database.db, factoryA, { q: "zebrafish" });
    expect(page.rows.map((r) => r.id)).toEqual([listingId]);
    expect(page.rows[0]).toMatchObject({
      status: "draft", title: "双层玻璃杯 批发 zebrafish", priceMinFen: 1900, priceMaxFen: 2500, skuCount: 4, stock: 230, coverKey: null,
    });
    expect(page.rows[0].translations).toMatchObject({ zh: "source", en: "human", fr: "missing" });
    // Found by a title in any language, counted per status.
    expect((await listFactoryListings(database.db, factoryA, { q: "Double wall" })).rows.map((r) => r.id)).toEqual([listingId]);
    expect((await listFactoryListings(database.db, factoryA, { q: "zebrafish", status: "active" })).rows).toEqual([]);
    expect(page.counts).toMatchObject({ all: 1, draft: 1, active: 0 });
    // "%" is a character, not a wildcard.
    expect((await listFactoryListings(database.db, factoryA, { q: "%" })).rows).toEqual([]);
  });
});

describe("the editor's form", () => {
  it("saves what it loaded unchanged (prices in yuan, SKUs by their values), and places the server's issues on rows", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category, { hsCode: "961700" }));
    const loaded = await loadListingEditor(database.db, factoryA, listingId);
    const form = formFromValues(loaded.values, loaded.sourceLocale);
    expect(form.tiers.map((t) => t.unitPrice)).toEqual(["25.00", "22.00", "19.00"]);
    const { draft } = toDraft(form);
    await saveListing(database.db, factoryA, draftToListingInput(draft), listingId);
    expect((await loadListingEditor(database.db, factoryA, listingId)).values).toEqual(loaded.values);

    // Renaming a value keeps its SKU's stock; a decreasing tier quantity is reported on that row.
    form.axes[0].values[0].label = "大红色";
    form.tiers[1].minQty = "5";
    const { draft: bad, places } = toDraft(form);
    const error = await refusal(saveListing(database.db, factoryA, draftToListingInput(bad), listingId));
    const placed = placeIssues((error as ValidationError).issues, places);
    expect(placed).toContainEqual(expect.objectContaining({ key: "tiers.notIncreasing", place: `tier:${form.tiers[1].id}` }));
    form.tiers[1].minQty = "100";
    await saveListing(database.db, factoryA, draftToListingInput(toDraft(form).draft), listingId);
    const after = await loadListingEditor(database.db, factoryA, listingId);
    expect(after.values.options[0].values[0]).toMatchObject({ key: "红色", label: "大红色" });
    expect(after.values.skus.find((s) => s.keys.join() === "红色,500ml")?.stock).toBe(100);
  });

  it("is not found for another factory", async () => {
    const { listingId } = await saveListing(database.db, factoryB, listingInput(category));
    expect(await refusal(loadListingEditor(database.db, factoryA, listingId))).toBeInstanceOf(NotFoundError);
  });
});

describe("the editor's actions and photo upload", () => {
  it("refuse another factory's listing: save, publish, archive, duplicate, translate, photos", async () => {
    const { listingId: theirs } = await saveListing(database.db, factoryB, listingInput(category, { title: "乙厂的商品" }));
    await attachSeedPhoto(database.db, theirs);
    const before = await database.db.select().from(listings).where(eq(listings.id, theirs));
    const draft = toDraft(formFromValues((await loadListingEditor(database.db, factoryB, theirs)).values, "zh")).draft;
    session.factoryId = factoryA;

    const notFound = { ok: false, status: 404, issues: [{ path: [], key: "notFound" }] };
    expect(await actions.saveListingAction(theirs, { ...draft, title: "被改了" })).toEqual(notFound);
    expect(await actions.publishListingAction(theirs)).toMatchObject(notFound);
    expect(await actions.publishListingAction(theirs, draft)).toMatchObject(notFound);
    expect(await actions.archiveListingAction(theirs)).toEqual(notFound);
    expect(await actions.duplicateListingAction(theirs)).toEqual(notFound);
    expect(await actions.translateListingAction(theirs)).toEqual(notFound);
    expect(await actions.saveTranslationAction(theirs, { locale: "en", title: "Hijacked", description: "" })).toEqual(notFound);
    const [photo] = await database.db.select().from(listingPhotos).where(eq(listingPhotos.listingId, theirs));
    expect(await actions.reorderPhotosAction(theirs, [photo.id])).toEqual(notFound);
    expect(await actions.deletePhotoAction(theirs, photo.id)).toEqual(notFound);

    const response = await upload(theirs, await png("#d33"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(notFound);

    expect(await database.db.select().from(listings).where(eq(listings.id, theirs))).toEqual(before);
    expect(await database.db.select({ n: sql<number>`count(*)::int` }).from(listingPhotos).where(eq(listingPhotos.listingId, theirs))).toEqual([{ n: 1 }]);
    expect(await textOf(theirs, "en")).toBeUndefined();
    expect(await database.db.select({ n: sql<number>`count(*)::int` }).from(listings).where(sql`${listings.factoryId} = ${factoryA} and exists (
      select 1 from listing_translations t where t.listing_id = ${listings.id} and t.title = '乙厂的商品')`)).toEqual([{ n: 0 }]);
  });

  it("refuse anyone who is not a factory member", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    session.factoryId = null;
    expect(await actions.archiveListingAction(listingId)).toMatchObject({ ok: false, status: 401 });
    expect((await upload(listingId, await png("#3a3"))).status).toBe(401);
  });

  it("save, publish and upload for the caller's own listing, answering problems as message keys", async () => {
    session.factoryId = factoryA;
    const draft = toDraft(formFromValues(null, "zh")).draft;
    const refused = await actions.saveListingAction(null, { ...draft, title: "", tiers: [{ minQty: "10", unitPrice: "12.5" }, { minQty: "5", unitPrice: "11" }] });
    expect(refused).toMatchObject({ ok: false, status: 422 });
    expect(!refused.ok && refused.issues).toEqual(expect.arrayContaining([
      { path: ["title"], key: "title.required" },
      { path: ["tiers", 1], key: "tiers.notIncreasing" },
    ]));

    const full = toDraft(formFromValues((await loadListingEditor(database.db, factoryA, (await saveListing(database.db, factoryA, listingInput(category))).listingId)).values, "zh")).draft;
    const created = await actions.saveListingAction(null, { ...full, tiers: [{ minQty: "10", unitPrice: "12.50" }] });
    expect(created).toMatchObject({ ok: true, status: "draft" });
    const id = created.ok ? created.listingId : -1;
    const [{ priceMinFen }] = await database.db.select({ priceMinFen: listings.priceMinFen }).from(listings).where(eq(listings.id, id));
    expect(priceMinFen).toBe(1250); // yuan typed, fen stored

    const noPhoto = await actions.publishListingAction(id);
    expect(noPhoto).toMatchObject({ ok: false, stage: "publish", issues: [{ path: ["photos"], key: "publish.photoMissing" }] });

    const notImage = await upload(id, "just some text", "notes.png");
    expect(notImage.status).toBe(422);
    expect(await notImage.json()).toMatchObject({ issues: [{ key: "photos.notAnImage" }] });
    const tooLarge = await upload(id, new Uint8Array(8 * 1024 * 1024 + 100_000));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ issues: [{ key: "photos.tooLarge" }] });
    const stored = await upload(id, await png("#2255cc"));
    expect(stored.status).toBe(201);
    expect(await stored.json()).toMatchObject({ ok: true, photo: { thumbKey: expect.stringMatching(/-240\.webp$/) } });

    expect(await actions.publishListingAction(id)).toEqual({ ok: true, listingId: id });
    expect(await actions.duplicateListingAction(id)).toMatchObject({ ok: true, listingId: expect.any(Number) });
  });
});
