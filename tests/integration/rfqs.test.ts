// Requests for quotation: a buyer asks, both sides talk, the factory quotes, the buyer accepts and
// finds the goods in the cart at the quoted price. Every operation is scoped to its party: another
// buyer or another factory gets "not found" for the same id.
import { and, eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { blobs, cartItems, carts, listings, rfqQuotes, rfqs, skus, users } from "@/db/schema";
import { readCartItems } from "@/lib/cart/cart-items";
import { priceCart } from "@/lib/checkout/price-cart";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { acceptQuote } from "@/lib/rfqs/accept-quote";
import { answerRfqWithQuote } from "@/lib/rfqs/answer-rfq-with-quote";
import { closeRfq } from "@/lib/rfqs/close-rfq";
import { createRfq } from "@/lib/rfqs/create-rfq";
import { declineRfq } from "@/lib/rfqs/decline-rfq";
import { buyerParty, factoryParty } from "@/lib/rfqs/find-rfq";
import { getBuyerRfq } from "@/lib/rfqs/get-buyer-rfq";
import { getFactoryRfq } from "@/lib/rfqs/get-factory-rfq";
import { getRfqAttachment } from "@/lib/rfqs/get-rfq-attachment";
import { listBuyerRfqs } from "@/lib/rfqs/list-buyer-rfqs";
import { listFactoryRfqs } from "@/lib/rfqs/list-factory-rfqs";
import { postRfqMessage } from "@/lib/rfqs/post-rfq-message";
import { addDays, chinaToday } from "@/lib/rfqs/rfq-schema";
import { createBuyer } from "../fixtures/checkout";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let buyerId: number;
let otherBuyerId: number;
let listing: { id: number; factoryId: number; moq: number };
let otherFactoryId: number;
let variants: { id: number }[];

const validUntil = () => addDays(chinaToday(), 14);
const keys = (error: unknown) => (error as ValidationError).issues.map((i) => `${i.path.join(".")}:${i.key}`);

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  buyerId = (await createBuyer(db, "Greta Keller")).id;
  otherBuyerId = (await createBuyer(db, "Other Buyer")).id;
  // An active listing with several active SKUs, and a factory that is not its own.
  const [row] = rowsOf<{ id: number; factoryId: number; moq: number }>(await db.execute(sql`select l.id, l.factory_id as "factoryId", l.moq from listings l
    where l.status = 'active' and (select count(*) from skus s where s.listing_id = l.id and s.active) >= 2 order by l.id limit 1`));
  listing = { id: Number(row.id), factoryId: Number(row.factoryId), moq: Number(row.moq) };
  const [other] = await db.select({ id: listings.factoryId }).from(listings).where(sql`${listings.factoryId} <> ${listing.factoryId}`).limit(1);
  otherFactoryId = other.id;
  variants = await db.select({ id: skus.id }).from(skus).where(and(eq(skus.listingId, listing.id), eq(skus.active, true))).orderBy(skus.id);
});
afterAll(async () => {
  await database?.close();
});

const ask = (overrides: Record<string, unknown> = {}, attachment?: Uint8Array) =>
  createRfq(database.db, buyerId, { listingId: listing.id, quantity: listing.moq * 10, currency: "EUR", targetPrice: "1.20", notes: "Logo printed on the box", ...overrides }, attachment);

describe("asking for a quotation", () => {
  it("records the request for the listing's factory, the target price converted to CNY at today's rate", async () => {
    const { id, number } = await ask({ skuId: variants[1].id });
    expect(number).toMatch(/^RFQ\d{8}\d{6}$/);
    const [rfq] = await database.db.select().from(rfqs).where(eq(rfqs.id, id));
    expect(rfq).toMatchObject({ buyerId, factoryId: listing.factoryId, listingId: listing.id, skuId: variants[1].id, quantity: listing.moq * 10, status: "open", notes: "Logo printed on the box" });
    // 1.20 EUR at the demo rate (EUR per CNY) -> fen, half-up.
    const [{ rate }] = rowsOf<{ rate: string }>(await database.db.execute(sql`select rate_per_cny::text as rate from exchange_rates where currency = 'EUR' order by fetched_at desc limit 1`));
    expect(rfq.targetUnitPriceFen).toBe(Math.round(120 / Number(rate)));
  });

  it("refuses a quantity below the MOQ, a bad price, a variant of another listing, and a file that is not an image", async () => {
    const [foreign] = await database.db.select({ id: skus.id }).from(skus).where(sql`${skus.listingId} <> ${listing.id}`).limit(1);
    const error = await ask({ quantity: Math.max(1, listing.moq - 1) === listing.moq ? 0 : listing.moq - 1, targetPrice: "abc", skuId: foreign.id }, new TextEncoder().encode("not a picture.jpg")).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(keys(error)).toEqual(expect.arrayContaining(["skuId:rfqSku", "targetPrice:rfqTargetPrice", "attachment:rfqAttachmentNotImage"]));
    expect(keys(error).some((k) => k.startsWith("quantity:"))).toBe(true);
    expect(keys(await ask({ notes: "x".repeat(2001) }).catch((e) => e))).toEqual(["notes:rfqNotesTooLong"]);
    await expect(ask({ listingId: 999_999_999 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps an attached image re-encoded, for the buyer and the factory only", async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } }).png().toBuffer();
    const { id } = await ask({}, png);
    const [rfq] = await database.db.select().from(rfqs).where(eq(rfqs.id, id));
    expect(rfq.attachmentKey).toMatch(/^rfq\/[0-9a-f-]{36}\.(jpg|png)$/);
    const [blob] = await database.db.select().from(blobs).where(eq(blobs.key, rfq.attachmentKey!));
    expect(blob.contentType).toMatch(/^image\/(jpeg|png)$/);
    expect((await getRfqAttachment(database.db, buyerParty(buyerId), id)).bytes.length).toBeGreaterThan(0);
    expect((await getRfqAttachment(database.db, factoryParty(listing.factoryId), id)).contentType).toBe(blob.contentType);
    await expect(getRfqAttachment(database.db, buyerParty(otherBuyerId), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRfqAttachment(database.db, factoryParty(otherFactoryId), id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a quotation's life", () => {
  it("goes from a thread and a quote to the cart at the quoted price of the quantity's break", async () => {
    const db = database.db;
    const quantity = listing.moq * 10;
    const { id, number } = await ask({ skuId: variants[0].id, quantity });
    await postRfqMessage(db, buyerParty(buyerId), id, { body: "Can you print our logo?" });
    await postRfqMessage(db, factoryParty(listing.factoryId), id, { body: "可以，丝印一色。" });
    expect(keys(await postRfqMessage(db, buyerParty(buyerId), id, { body: "   " }).catch((e) => e))).toEqual(["body:rfqMessageRequired"]);

    // The first break must price the quantity asked for; quantities rise, prices do not.
    const bad = await answerRfqWithQuote(db, listing.factoryId, id, {
      tiers: [{ minQty: quantity + 1, price: "9.00" }, { minQty: quantity + 1, price: "9.50" }], leadTimeDays: 15, validUntil: validUntil(),
    }).catch((e) => e);
    expect(keys(bad)).toEqual(expect.arrayContaining(["tiers.1.minQty:rfqTiersIncreasing", "tiers.1.price:rfqTiersPriceIncreases", "tiers.0.minQty:rfqTiersFirstAboveQuantity"]));
    expect(keys(await answerRfqWithQuote(db, listing.factoryId, id, { tiers: [{ minQty: 1, price: "0" }], leadTimeDays: 0, validUntil: "2001-01-01" }).catch((e) => e)))
      .toEqual(expect.arrayContaining(["tiers.0.price:rfqTierPrice", "leadTimeDays:rfqLeadTime"]));
    expect(keys(await answerRfqWithQuote(db, listing.factoryId, id, { tiers: [{ minQty: 1, price: "5" }], leadTimeDays: 3, validUntil: "2001-01-01" }).catch((e) => e)))
      .toEqual(["validUntil:rfqValidUntil"]);

    const first = await answerRfqWithQuote(db, listing.factoryId, id, { tiers: [{ minQty: 1, price: "10.00" }], leadTimeDays: 20, validUntil: validUntil() });
    const second = await answerRfqWithQuote(db, listing.factoryId, id, {
      tiers: [{ minQty: 1, price: "9.80" }, { minQty: quantity, price: "8.50" }, { minQty: quantity * 10, price: "7.00" }],
      leadTimeDays: 15, validUntil: validUntil(), note: "含丝印",
    });
    expect((await database.db.select().from(rfqs).where(eq(rfqs.id, id)))[0].status).toBe("quoted");

    // Only the newest quote can be accepted.
    await expect(acceptQuote(db, buyerId, id, first.id)).rejects.toMatchObject({ key: "rfqQuoteSuperseded" });
    const accepted = await acceptQuote(db, buyerId, id, second.id);
    expect(accepted).toMatchObject({ skuId: variants[0].id, quantity, unitPriceFen: 850 });

    const [cart] = await db.select().from(carts).where(eq(carts.userId, buyerId));
    const [line] = await db.select().from(cartItems).where(and(eq(cartItems.cartId, cart.id), eq(cartItems.skuId, variants[0].id)));
    expect(line).toMatchObject({ quantity, quotedUnitPriceFen: 850 });
    // The cart prices the line at the quote, whatever the listing's own tiers say.
    const read = await readCartItems(db, cart.id, "en");
    const priced = priceCart(read.items, read.listings);
    expect(priced.lines.find((l) => l.skuId === variants[0].id)).toMatchObject({ unitPriceFen: 850, lineFen: 850 * quantity });

    const [rfq] = await db.select().from(rfqs).where(eq(rfqs.id, id));
    expect(rfq.status).toBe("accepted");
    const [quote] = await db.select().from(rfqQuotes).where(eq(rfqQuotes.id, second.id));
    expect(quote.acceptedAt).toBeInstanceOf(Date);
    await expect(acceptQuote(db, buyerId, id, second.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(answerRfqWithQuote(db, listing.factoryId, id, { tiers: [{ minQty: 1, price: "1" }], leadTimeDays: 1, validUntil: validUntil() })).rejects.toBeInstanceOf(ConflictError);

    const buyerView = await getBuyerRfq(db, buyerId, { number }, "en");
    expect(buyerView.messages.map((m) => m.side)).toEqual(["buyer", "factory"]);
    expect(buyerView.quotes.map((q) => q.current)).toEqual([true, false]);
    expect(buyerView.sku?.id).toBe(variants[0].id);
  });

  it("asks which variant when the request named none and the listing has several", async () => {
    const db = database.db;
    const { id } = await ask();
    const quote = await answerRfqWithQuote(db, listing.factoryId, id, { tiers: [{ minQty: 1, price: "3.30" }], leadTimeDays: 5, validUntil: validUntil() });
    expect(keys(await acceptQuote(db, buyerId, id, quote.id, {}).catch((e) => e))).toEqual(["skuId:rfqSku"]);
    const result = await acceptQuote(db, buyerId, id, quote.id, { skuId: String(variants[1].id) });
    expect(result).toMatchObject({ skuId: variants[1].id, unitPriceFen: 330 });
  });

  it("refuses an expired quote", async () => {
    const db = database.db;
    const { id } = await ask();
    const quote = await answerRfqWithQuote(db, listing.factoryId, id, { tiers: [{ minQty: 1, price: "3" }], leadTimeDays: 5, validUntil: chinaToday() });
    const later = new Date(Date.now() + 2 * 86_400_000);
    await expect(acceptQuote(db, buyerId, id, quote.id, { skuId: variants[0].id }, { now: later })).rejects.toMatchObject({ key: "rfqQuoteExpired" });
  });

  it("can be declined by the factory or withdrawn by the buyer, after which nobody writes", async () => {
    const db = database.db;
    const declined = await ask();
    await declineRfq(db, listing.factoryId, declined.id, { reason: "该款不做定制" });
    await expect(postRfqMessage(db, buyerParty(buyerId), declined.id, { body: "Why?" })).rejects.toMatchObject({ key: "rfqClosed" });
    const withdrawn = await ask();
    await closeRfq(db, buyerId, withdrawn.id);
    await expect(answerRfqWithQuote(db, listing.factoryId, withdrawn.id, { tiers: [{ minQty: 1, price: "1" }], leadTimeDays: 1, validUntil: validUntil() })).rejects.toBeInstanceOf(ConflictError);
    const statuses = await db.select({ id: rfqs.id, status: rfqs.status }).from(rfqs).where(sql`${rfqs.id} in (${declined.id}, ${withdrawn.id})`).orderBy(rfqs.id);
    expect(statuses.map((s) => s.status)).toEqual(["declined", "closed"]);
  });
});

describe("who sees a request", () => {
  it("answers another buyer and another factory with not found, on every operation", async () => {
    const db = database.db;
    const { id, number } = await ask({ skuId: variants[0].id });
    const quote = await answerRfqWithQuote(db, listing.factoryId, id, { tiers: [{ minQty: 1, price: "2" }], leadTimeDays: 5, validUntil: validUntil() });
    const tiers = { tiers: [{ minQty: 1, price: "1" }], leadTimeDays: 1, validUntil: validUntil() };
    const attempts: [string, () => Promise<unknown>][] = [
      ["get (buyer)", () => getBuyerRfq(db, otherBuyerId, id, "en")],
      ["get by number (buyer)", () => getBuyerRfq(db, otherBuyerId, { number }, "en")],
      ["get (factory)", () => getFactoryRfq(db, otherFactoryId, id, "zh")],
      ["message (buyer)", () => postRfqMessage(db, buyerParty(otherBuyerId), id, { body: "hello" })],
      ["message (factory)", () => postRfqMessage(db, factoryParty(otherFactoryId), id, { body: "你好" })],
      ["quote", () => answerRfqWithQuote(db, otherFactoryId, id, tiers)],
      ["accept", () => acceptQuote(db, otherBuyerId, id, quote.id)],
      ["decline", () => declineRfq(db, otherFactoryId, id, {})],
      ["close", () => closeRfq(db, otherBuyerId, id)],
      ["attachment (buyer)", () => getRfqAttachment(db, buyerParty(otherBuyerId), id)],
    ];
    for (const [what, attempt] of attempts) await expect(attempt(), what).rejects.toBeInstanceOf(NotFoundError);
    // A quote id of another request is not found either, even for the right buyer.
    const other = await ask();
    await expect(acceptQuote(db, buyerId, other.id, quote.id)).rejects.toBeInstanceOf(NotFoundError);
    // Nothing changed.
    const [rfq] = await db.select().from(rfqs).where(eq(rfqs.id, id));
    expect(rfq.status).toBe("quoted");
  });

  it("lists a buyer's own requests and a factory's inbox with counts per status", async () => {
    const db = database.db;
    const mine = await listBuyerRfqs(db, buyerId, "en");
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.every((r) => r.listing?.id === listing.id)).toBe(true);
    expect(await listBuyerRfqs(db, otherBuyerId, "en")).toEqual([]);
    // The factory's inbox: this buyer's requests among any others (the demo data has some).
    const inbox = await listFactoryRfqs(db, listing.factoryId, {}, "zh");
    const [buyer] = await db.select().from(users).where(eq(users.id, buyerId));
    expect(inbox.items.filter((r) => r.buyer.name === buyer.name).map((r) => r.id).sort()).toEqual(mine.map((r) => r.id).sort());
    expect(inbox.total).toBe(Object.values(inbox.counts).reduce((a, b) => a + b, 0));
    expect(inbox.counts.accepted).toBeGreaterThanOrEqual(2);
    const quoted = await listFactoryRfqs(db, listing.factoryId, { status: "quoted" }, "zh");
    expect(quoted.items.every((r) => r.status === "quoted")).toBe(true);
    expect(quoted.items.length).toBe(inbox.counts.quoted);
    // Nothing of this listing's factory shows in another factory's inbox.
    const other = await listFactoryRfqs(db, otherFactoryId, {}, "zh");
    expect(other.items.some((r) => mine.some((m) => m.id === r.id))).toBe(false);
  });
});
