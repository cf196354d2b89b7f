// The partner API against the running production server, through the typed client generated from
// the OpenAPI document (lib/partners/client): keys and scopes, rate limits, the catalogue in mn/MNT
// with ETags, idempotent orders under concurrency, the sandbox payment, balance debits under
// concurrency, webhooks signed and retried, and the events feed. Every response body is validated
// against the document's schema for its path, method and status.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { eq, sql } from "drizzle-orm";
import createClient from "openapi-fetch";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { organisations, partnerBalances, partnerLedger } from "@/db/schema";
import { createApiKey } from "@/lib/partners/create-api-key";
import { createTopup } from "@/lib/partners/create-topup";
import { revokeApiKey } from "@/lib/partners/revoke-api-key";
import { verifyWebhook } from "@/lib/partners/sign-webhook";
import { createWebhookEndpoint } from "@/lib/partners/webhook-endpoints";
import { drainJobs } from "@/lib/jobs/drain-jobs";
import type { paths } from "@/lib/partners/client/schema";
import { address, routeTo, stockedSku } from "../fixtures/checkout";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
let database: Database;
let partnerId: number;
let otherPartnerId: number;
const keys: Record<string, string> = {};
let doc: Record<string, any>;
let ajv: Ajv2020;

// A kept-alive socket the busy server has just closed fails a request before it is sent: retry that once.
const retryingFetch = async (request: Request): Promise<Response> => {
  const copy = request.clone();
  try {
    return await fetch(request);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== "UND_ERR_SOCKET") throw error;
    return fetch(copy);
  }
};
const client = (key?: string) => createClient<paths>({ baseUrl: `${baseUrl}/api/v1`, headers: key ? { Authorization: `Bearer ${key}` } : {}, fetch: retryingFetch });

/** The body matches the document's schema for this path, method and status. */
function expectMatchesDocument(path: string, method: string, response: Response, body: unknown) {
  const status = String(response.status);
  const declared = doc.paths[path]?.[method]?.responses?.[status];
  expect(declared, `${method.toUpperCase()} ${path} ${status} is documented`).toBeTruthy();
  if (!declared.content) return;
  const type = Object.keys(declared.content)[0];
  expect(response.headers.get("content-type") ?? "").toContain(type);
  const pointer = ["paths", path, method, "responses", status, "content", type, "schema"].map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
  const validate = ajv.getSchema(`https://haozao.test/openapi.json#/${pointer}`)!;
  const ok = validate(body);
  expect(ok, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
}

beforeAll(async () => {
  if (!databaseUrl) throw new Error("The partner API tests need DATABASE_URL (they prepare keys in the server's database)");
  database = await openDatabase({ url: databaseUrl, max: 30 });
  const db = database.db;
  [{ id: partnerId }] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, "steppe-trade"));
  [{ id: otherPartnerId }] = await db.insert(organisations).values({ kind: "partner", slug: `other-${Date.now()}`, name: "Other Shop" }).returning({ id: organisations.id });
  keys.test = (await createApiKey(db, partnerId, null, { name: "all", scopes: ["catalog:read", "orders:write", "webhooks:manage"], mode: "test" })).key;
  keys.catalogOnly = (await createApiKey(db, partnerId, null, { name: "catalog", scopes: ["catalog:read"], mode: "test" })).key;
  keys.slow = (await createApiKey(db, partnerId, null, { name: "slow", scopes: ["catalog:read"], mode: "test", ratePerMinute: 3 })).key;
  keys.other = (await createApiKey(db, otherPartnerId, null, { name: "other", scopes: ["catalog:read", "orders:write"], mode: "test" })).key;
  const revoked = await createApiKey(db, partnerId, null, { name: "revoked", scopes: ["catalog:read"], mode: "test" });
  await revokeApiKey(db, partnerId, revoked.id);
  keys.revoked = revoked.key;

  doc = await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: "https://haozao.test/openapi.json" });
});
afterAll(async () => database?.close());

describe("the partner API", () => {
  it("serves an OpenAPI 3.1 document that an independent validator accepts", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? null).toBeNull();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/listings", "/listings/{id}", "/orders", "/orders/{id}", "/events", "/webhooks"]));
  });

  it("refuses a missing, wrong or revoked key (401) and a key without the scope (403), as problem+json", async () => {
    for (const key of [undefined, "hz_test_wrongwrongwrongwrongwrongwrongwrongwron", keys.revoked]) {
      const { error, response } = await client(key).GET("/categories", { params: { query: { locale: "en" } } });
      expect(response.status).toBe(401);
      expect(error).toMatchObject({ code: "unauthenticated", status: 401 });
      expectMatchesDocument("/categories", "get", response, error);
    }
    const { error, response } = await client(keys.catalogOnly).GET("/orders", { params: { query: {} } });
    expect(response.status).toBe(403);
    expect(error).toMatchObject({ code: "forbidden" });
    expectMatchesDocument("/orders", "get", response, error);
  });

  it("limits each key with a token bucket: RateLimit headers, then 429 with Retry-After", async () => {
    const api = client(keys.slow);
    const statuses: number[] = [];
    let last: Response | undefined;
    let lastError: unknown;
    for (let i = 0; i < 4; i++) {
      const { response, error } = await api.GET("/categories", { params: { query: { locale: "en" } } });
      statuses.push(response.status);
      last = response;
      lastError = error;
      if (i === 0) expect(response.headers.get("ratelimit-limit")).toBe("3");
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.headers.get("ratelimit-remaining")).toBe("0");
    expect(lastError).toMatchObject({ code: "rate_limited", status: 429 });
    expectMatchesDocument("/categories", "get", last!, lastError);
  });

  it("lists and searches the catalogue in Mongolian and tögrög, with cursors and ETags", async () => {
    const api = client(keys.test);
    const first = await api.GET("/listings", { params: { query: { locale: "mn", currency: "MNT", limit: 5 } } });
    expect(first.response.status).toBe(200);
    expectMatchesDocument("/listings", "get", first.response, first.data);
    expect(first.data!.items).toHaveLength(5);
    expect(first.data!.items.every((i) => i.priceFrom.currency === "MNT" && Number.isInteger(i.priceFrom.amountMinor))).toBe(true);
    expect(first.data!.items.some((i) => i.titleLocale === "mn")).toBe(true);
    const second = await api.GET("/listings", { params: { query: { locale: "mn", currency: "MNT", limit: 5, cursor: first.data!.nextCursor! } } });
    expect(second.data!.items.map((i) => i.id)).not.toContain(first.data!.items[0].id);

    const etag = first.response.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const again = await fetch(`${baseUrl}/api/v1/listings?locale=mn&currency=MNT&limit=5`, { headers: { Authorization: `Bearer ${keys.test}`, "If-None-Match": etag } });
    expect(again.status).toBe(304);

    const word = first.data!.items.map((i) => i.title.split(/\s+/).find((w) => w.length >= 4)).find(Boolean)!;
    const search = await api.GET("/listings", { params: { query: { q: word, locale: "mn", currency: "MNT", sort: "price_asc" } } });
    expectMatchesDocument("/listings", "get", search.response, search.data);
    expect(search.data!.matching).not.toBe("none");

    const bad = await api.GET("/listings", { params: { query: { currency: "XXX" as "USD", limit: 500 } } });
    expect(bad.response.status).toBe(422);
    expect(bad.error!.errors!.map((e) => e.path).sort()).toEqual(["currency", "limit"]);
    expectMatchesDocument("/listings", "get", bad.response, bad.error);

    const categories = await api.GET("/categories", { params: { query: { locale: "mn" } } });
    expectMatchesDocument("/categories", "get", categories.response, categories.data);
    expect(categories.data!.items.length).toBeGreaterThan(3);
  });

  it("shows a listing with SKUs, tiers in the currency, each text's translation origin and market data", async () => {
    const api = client(keys.test);
    const list = await api.GET("/listings", { params: { query: { limit: 1, locale: "en" } } });
    const id = list.data!.items[0].id;
    const { data, response } = await api.GET("/listings/{id}", { params: { path: { id: String(id) }, query: { locale: "mn", currency: "MNT" } } });
    expect(response.status).toBe(200);
    expectMatchesDocument("/listings/{id}", "get", response, data);
    expect(["source", "human", "machine", "missing"]).toContain(data!.title.origin);
    if (data!.title.origin === "missing") expect(data!.title.fallback).not.toBeNull();
    expect(data!.tiers[0].unitPrice.currency).toBe("MNT");
    expect(data!.skus.length).toBeGreaterThan(0);
    expect(data!.market.unitsSold30d).toBeGreaterThanOrEqual(0);
    const missing = await api.GET("/listings/{id}", { params: { path: { id: "2147483647" }, query: {} } });
    expect(missing.response.status).toBe(404);
    expectMatchesDocument("/listings/{id}", "get", missing.response, missing.error);
  });

  it("finds listings by an uploaded photo, by a pasted link, and ranks a product's offers by landed unit cost", async () => {
    const api = client(keys.test);
    const list = await api.GET("/listings", { params: { query: { limit: 5, locale: "en" } } });
    const listing = list.data!.items.find((i) => i.photoUrl)!;
    // The demo photos are SVG illustrations: a partner would upload a photo, so send it as a PNG.
    const svg = Buffer.from(await (await fetch(listing.photoUrl!.replace(/^https?:\/\/[^/]+/, baseUrl))).arrayBuffer());
    const png = await sharp(svg).resize(600, 600).png().toBuffer();
    const form = new FormData();
    form.set("image", new Blob([new Uint8Array(png)], { type: "image/png" }), "photo.png");
    const image = await fetch(`${baseUrl}/api/v1/listings/image-search?currency=EUR`, { method: "POST", headers: { Authorization: `Bearer ${keys.test}` }, body: form });
    const matches = await image.json();
    expect(image.status).toBe(200);
    expectMatchesDocument("/listings/image-search", "post", image, matches);
    expect(matches.items.map((m: { listing: { id: number } }) => m.listing.id)).toContain(listing.id);
    const notImage = new FormData();
    notImage.set("image", new Blob(["not a photo"], { type: "image/png" }), "x.png");
    const refused = await fetch(`${baseUrl}/api/v1/listings/image-search`, { method: "POST", headers: { Authorization: `Bearer ${keys.test}` }, body: notImage });
    expect(refused.status).toBe(422);
    expectMatchesDocument("/listings/image-search", "post", refused, await refused.json());

    const link = await api.GET("/links/lookup", { params: { query: { url: `https://haozao.example/mn/p/${listing.id}` } } });
    expectMatchesDocument("/links/lookup", "get", link.response, link.data);
    expect(link.data!.listingId).toBe(listing.id);
    const notLink = await api.GET("/links/lookup", { params: { query: { url: "just words" } } });
    expect(notLink.response.status).toBe(422);

    const offers = await api.GET("/listings/{id}/offers", { params: { path: { id: String(listing.id) }, query: { country: "MN", quantity: 100, currency: "MNT" } } });
    expectMatchesDocument("/listings/{id}/offers", "get", offers.response, offers.data);
    const costs = offers.data!.items.filter((o) => o.breakdown.internationalShipping).map((o) => o.landedUnitCost.amountMinor);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });

  it("creates one order from 20 concurrent identical requests, answers 409 to the same key with another body, and 404 to another partner", async () => {
    const db = database.db;
    const { skuId, listingId } = await stockedSku(db, 500, 1500);
    const route = await routeTo(db, "MN");
    // The listing's stock is live, even where the rest of the listing comes from the catalogue's cache.
    const availableNow = async () => {
      const { data } = await client(keys.test).GET("/listings/{id}", { params: { path: { id: String(listingId) }, query: { locale: "mn", currency: "MNT" } } });
      return data!.skus.find((s) => s.id === skuId)!.available;
    };
    expect(await availableNow()).toBe(500);
    const body = {
      lines: [{ skuId, quantity: 3 }],
      address: { ...address("MN"), name: "Bat-Erdene", city: "Ulaanbaatar", postalCode: "14200", line1: "Peace Avenue 17", phone: "+976 9911 2233" },
      ...route,
      currency: "MNT" as const,
      locale: "mn" as const,
      reference: "shop-1001",
    };
    const key = `order-${Date.now()}`;
    const api = client(keys.test);
    const results = await Promise.all(Array.from({ length: 20 }, () => api.POST("/orders", { params: { header: { "Idempotency-Key": key } }, body })));
    const ids = new Set(results.map((r) => r.data?.id));
    expect(results.map((r) => r.response.status).every((s) => s === 201)).toBe(true);
    expect(ids.size).toBe(1);
    const order = results[0].data!;
    expectMatchesDocument("/orders", "post", results[0].response, order);
    expect(order).toMatchObject({ status: "pending_payment", test: true, currency: "MNT", reference: "shop-1001" });
    const [{ reserved }] = (await db.execute(sql`select reserved from skus where id = ${skuId}`)) as unknown as { reserved: number }[];
    expect(Number(reserved)).toBe(3);
    expect(await availableNow()).toBe(497);

    const conflict = await api.POST("/orders", { params: { header: { "Idempotency-Key": key } }, body: { ...body, lines: [{ skuId, quantity: 4 }] } });
    expect(conflict.response.status).toBe(409);
    expectMatchesDocument("/orders", "post", conflict.response, conflict.error);

    const invalid = await api.POST("/orders", { params: { header: { "Idempotency-Key": `${key}-bad` } }, body: { ...body, address: { ...body.address, postalCode: "12" } } });
    expect(invalid.response.status).toBe(422);
    expect(invalid.error!.errors!.map((e) => e.path)).toContain("body.address.postalCode");

    const read = await api.GET("/orders/{id}", { params: { path: { id: String(order.id) } } });
    expectMatchesDocument("/orders/{id}", "get", read.response, read.data);
    const foreign = await client(keys.other).GET("/orders/{id}", { params: { path: { id: String(order.id) } } });
    expect(foreign.response.status).toBe(404);
    const list = await api.GET("/orders", { params: { query: { limit: 5 } } });
    expectMatchesDocument("/orders", "get", list.response, list.data);
    expect(list.data!.items.map((o) => o.id)).toContain(order.id);

    const cancelled = await api.POST("/orders/{id}/cancel", { params: { path: { id: String(order.id) } } });
    expect(cancelled.data!.status).toBe("cancelled");
    const again = await api.POST("/orders/{id}/pay", { params: { path: { id: String(order.id) } }, body: { method: "checkout", locale: "en" } });
    expect(again.response.status).toBe(409);
  });

  it("pays a test order in the sandbox, signs webhooks, retries a failing receiver and keeps every event in the feed", async () => {
    const db = database.db;
    const received: { signature: string | null; body: string }[] = [];
    const receiver = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ signature: req.headers["haozao-signature"] as string, body });
        res.statusCode = received.length <= 2 ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    const port = (receiver.address() as AddressInfo).port;
    try {
      const api = client(keys.test);
      const registered = await api.POST("/webhooks", { body: { url: "https://shop.example/hooks", events: ["shipment.shipped"] } });
      expect(registered.response.status).toBe(201);
      expectMatchesDocument("/webhooks", "post", registered.response, registered.data);
      expect(registered.data!.secret).toMatch(/^whsec_/);
      const endpoint = await createWebhookEndpoint(db, partnerId, { url: `http://127.0.0.1:${port}/hook`, events: ["order.paid"], mode: "test" });

      const before = await api.GET("/events", { params: { query: {} } });
      const lastSeen = before.data!.items.at(-1)?.id;
      const { skuId } = await stockedSku(db, 500, 1500);
      const route = await routeTo(db, "MN");
      const created = await api.POST("/orders", {
        params: { header: { "Idempotency-Key": `pay-${Date.now()}` } },
        body: { lines: [{ skuId, quantity: 2 }], address: { ...address("MN"), city: "Ulaanbaatar", postalCode: "14200" }, ...route, currency: "MNT" },
      });
      const checkout = await api.POST("/orders/{id}/pay", { params: { path: { id: String(created.data!.id) } }, body: { method: "checkout", locale: "en" } });
      expect(checkout.data!.payment).toMatchObject({ method: "checkout", status: "pending" });
      expect(checkout.data!.payment!.checkoutUrl).toMatch(/\/pay\/test\//);
      const paid = await api.POST("/orders/{id}/sandbox-payment", { params: { path: { id: String(created.data!.id) } }, body: { outcome: "paid" } });
      expect(paid.response.status).toBe(200);
      expect(paid.data!.status).toBe("paid");

      // The job queue retries with backoff; the test makes the retries due at once (the server's worker may send too).
      const deadline = Date.now() + 90_000;
      while (received.length < 3 && Date.now() < deadline) {
        await db.execute(sql`update pgboss.job set start_after = now() where name = 'partners.deliver-webhook' and state = 'retry'`);
        await drainJobs(database, { names: ["partners.deliver-webhook"] });
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(received).toHaveLength(3);
      for (const r of received) expect(verifyWebhook(endpoint.secret, r.body, r.signature)).toBe(true);
      expect(verifyWebhook(endpoint.secret, r0(received).body.replace("order.paid", "order.refunded"), r0(received).signature)).toBe(false);
      const event = JSON.parse(received[2].body);
      expect(event).toMatchObject({ type: "order.paid", data: { orderId: created.data!.id } });
      // The attempt is logged once the receiver has answered: wait for the third row.
      const attempts = async () =>
        ((await db.execute(sql`
          select a.status from webhook_attempts a join webhook_deliveries d on d.id = a.delivery_id where d.endpoint_id = ${endpoint.id} order by a.id`)) as unknown as { status: number }[]).map((a) => Number(a.status));
      await expect.poll(attempts, { timeout: 30_000 }).toEqual([500, 500, 204]);

      const feed = await api.GET("/events", { params: { query: lastSeen ? { after: lastSeen } : {} } });
      expectMatchesDocument("/events", "get", feed.response, feed.data);
      expect(feed.data!.items.map((e) => e.type)).toContain("order.paid");
      expect(feed.data!.items.find((e) => e.type === "order.paid")!.id).toBe(event.id);
    } finally {
      receiver.close();
    }
  });

  it("pays from the prepaid balance: one debit per order, never below zero, even when orders pay at once", async () => {
    const db = database.db;
    const api = client(keys.test);
    const { skuId } = await stockedSku(db, 500, 1000);
    const route = await routeTo(db, "MN");
    const orders = [];
    for (let i = 0; i < 5; i++) {
      const { data } = await api.POST("/orders", {
        params: { header: { "Idempotency-Key": `bal-${Date.now()}-${i}` } },
        body: { lines: [{ skuId, quantity: 1 }], address: { ...address("MN"), city: "Ulaanbaatar", postalCode: "14200" }, ...route, currency: "MNT" },
      });
      orders.push(data!);
    }
    const price = orders[0].amounts.firstPayment.amountMinor;
    await db.delete(partnerLedger).where(eq(partnerLedger.partnerId, partnerId));
    await db.delete(partnerBalances).where(eq(partnerBalances.partnerId, partnerId));
    await createTopup(db, partnerId, { mode: "test", currency: "MNT", amountMinor: price * 2 + 1, returnUrl: baseUrl });

    const results = await Promise.all(orders.map((o) => api.POST("/orders/{id}/pay", { params: { path: { id: String(o.id) } }, body: { method: "balance", locale: "en" } })));
    expect(results.filter((r) => r.response.status === 200)).toHaveLength(2);
    expect(results.filter((r) => r.response.status === 409)).toHaveLength(3);
    const balance = await api.GET("/balance");
    expectMatchesDocument("/balance", "get", balance.response, balance.data);
    expect(balance.data!.balances).toEqual([{ amountMinor: 1, currency: "MNT" }]);
    expect(balance.data!.entries.map((e) => e.kind)).toEqual(["debit", "debit", "topup"]);
    const twice = await api.POST("/orders/{id}/pay", { params: { path: { id: String(results.findIndex((r) => r.response.status === 200) >= 0 ? orders[results.findIndex((r) => r.response.status === 200)].id : 0) } }, body: { method: "balance", locale: "en" } });
    expect(twice.response.status).toBe(409);
  });
});

const r0 = <T>(list: T[]) => list[0];
