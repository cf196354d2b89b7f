// "Ask us to source it": an unknown 1688 link becomes one RFQ per factory of the chosen category;
// their quotes come back ranked by landed unit cost in the buyer's currency; one accepted goes
// into the cart at its quoted price.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories, rfqMessages, rfqs } from "@/db/schema";
import { readCartItems } from "@/lib/cart/cart-items";
import { ValidationError } from "@/lib/errors";
import { acceptQuote } from "@/lib/rfqs/accept-quote";
import { answerRfqWithQuote } from "@/lib/rfqs/answer-rfq-with-quote";
import { addDays, chinaToday } from "@/lib/rfqs/rfq-schema";
import { postRfqMessage } from "@/lib/rfqs/post-rfq-message";
import { factoryParty, buyerParty } from "@/lib/rfqs/find-rfq";
import { translateRfqMessage } from "@/lib/rfqs/translate-rfq-message";
import { createSourcingRequest } from "@/lib/sourcing/create-sourcing-request";
import { getSourcingRequest } from "@/lib/sourcing/get-sourcing-request";
import { createBuyer } from "../fixtures/checkout";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
}, 300_000);
afterAll(async () => database?.close());

const keys = (error: unknown) => (error as ValidationError).issues.map((i) => `${i.path.join(".")}:${i.key}`).sort();
const view = { locale: "en" as const, currency: "USD" as const, ratePerCny: "0.14", country: "US" };

describe("a sourcing request", () => {
  it("refuses an empty form with a message per field", async () => {
    const buyer = await createBuyer(database.db);
    const error = await createSourcingRequest(database.db, buyer.id, { currency: "USD", link: "", categoryId: "", quantity: "" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(keys(error)).toEqual(["categoryId:sourcingCategory", "link:sourcingLinkOrPhoto", "quantity:rfqQuantity"]);
    expect(await database.db.$count(rfqs, eq(rfqs.buyerId, buyer.id))).toBe(0);
  });

  it("goes to the category's factories, and their quotes come back ranked by landed unit cost, one accepted into the cart", async () => {
    const db = database.db;
    const buyer = await createBuyer(db);
    const [fitness] = await db.select().from(categories).where(eq(categories.slug, "fitness"));
    const link = "https://detail.1688.com/offer/998877665544.html";
    const created = await createSourcingRequest(db, buyer.id, { link, categoryId: String(fitness.id), quantity: "1000", targetPrice: "1.20", currency: "USD", notes: "Logo printed on one side" });
    expect(created.rfqNumbers.length).toBeGreaterThanOrEqual(2);
    const sent = await db.select().from(rfqs).where(eq(rfqs.sourcingRequestId, created.id));
    expect(new Set(sent.map((r) => r.factoryId)).size).toBe(sent.length); // one RFQ per factory
    expect(sent.every((r) => r.notes.includes(link) && r.quantity === 1000 && r.targetUnitPriceFen! > 0)).toBe(true);

    // Two factories answer; their listings weigh differently, so the ranking is by landed cost, not sticker price.
    const [a, b] = sent;
    const until = addDays(chinaToday(), 14);
    await answerRfqWithQuote(db, a.factoryId, a.id, { tiers: [{ minQty: 500, price: "9.00" }], leadTimeDays: 12, validUntil: until });
    await answerRfqWithQuote(db, b.factoryId, b.id, { tiers: [{ minQty: 500, price: "7.50" }], leadTimeDays: 20, validUntil: until });

    const page = await getSourcingRequest(db, buyer.id, created.number, view);
    const answered = page.answers.filter((x) => x.quote);
    expect(answered.map((x) => x.detail.rfq.id).sort()).toEqual([a.id, b.id].sort());
    expect(answered[0].landedUnitMinor!).toBeLessThanOrEqual(answered[1].landedUnitMinor!);
    expect(page.answers[0]).toBe(answered[0]); // quoted before waiting
    expect(answered.every((x) => x.landedUnitMinor! > x.unitMinor!)).toBe(true); // shipping and fee on top
    expect(page.answers.slice(2).every((x) => x.quote === null)).toBe(true); // the others have not answered

    // Another buyer cannot read it.
    const other = await createBuyer(db);
    await expect(getSourcingRequest(db, other.id, created.number, view)).rejects.toMatchObject({ code: "not_found" });

    const best = answered[0];
    const variants = best.detail.variants;
    const accepted = await acceptQuote(db, buyer.id, best.detail.rfq.id, best.quote!.id, variants.length > 1 ? { skuId: String(variants[0].id) } : {});
    const cart = await readCartItems(db, accepted.cartId, "en");
    expect(cart.items).toEqual([expect.objectContaining({ skuId: accepted.skuId, quantity: 1000, quotedUnitPriceFen: best.detail.rfq.id === b.id ? 750 : 900 })]);
  });

  it("translates a factory's Chinese message for the buyer offline (zh -> en word by word), and says when a pair is unavailable", async () => {
    const db = database.db;
    const buyer = await createBuyer(db);
    const [fitness] = await db.select().from(categories).where(eq(categories.slug, "fitness"));
    const created = await createSourcingRequest(db, buyer.id, { link: "https://detail.1688.com/offer/112233445566.html", categoryId: String(fitness.id), quantity: "500", currency: "USD" });
    const [rfq] = await db.select().from(rfqs).where(eq(rfqs.sourcingRequestId, created.id));
    await postRfqMessage(db, factoryParty(rfq.factoryId), rfq.id, { body: "可以定制，防滑高密度，现货" });
    await postRfqMessage(db, buyerParty(buyer.id), rfq.id, { body: "Can you print our logo?" });
    const messages = await db.select().from(rfqMessages).where(eq(rfqMessages.rfqId, rfq.id)).orderBy(rfqMessages.id);
    const offline = { full: false, provider: { name: "none", translate: async (t: readonly string[]) => t.map(() => null) } };

    const forBuyer = await translateRfqMessage(db, { userId: buyer.id, factoryIds: [], locale: "en" }, messages[0].id, offline);
    expect(forBuyer).toMatchObject({ status: "translated", from: "zh", to: "en", rough: true });
    expect((forBuyer as { text: string }).text).toMatch(/custom.*non-slip.*high-density.*in stock/i);
    // Offline there is no English -> Chinese: the factory is told so, not shown a made-up text.
    expect(await translateRfqMessage(db, { userId: 0, factoryIds: [rfq.factoryId], locale: "zh" }, messages[1].id, offline)).toEqual({ status: "unavailable", from: "en", to: "zh" });
    expect(await translateRfqMessage(db, { userId: buyer.id, factoryIds: [], locale: "ru" }, messages[0].id, offline)).toEqual({ status: "unavailable", from: "zh", to: "ru" });
    // With an engine, both ways.
    const engine = { full: true, provider: { name: "fake", translate: async (t: readonly string[], from: string, to: string) => t.map((x) => `[${from}->${to}] ${x}`) } };
    expect(await translateRfqMessage(db, { userId: 0, factoryIds: [rfq.factoryId], locale: "zh" }, messages[1].id, engine)).toMatchObject({ status: "translated", text: "[en->zh] Can you print our logo?", rough: false });
    // Nobody else reads it.
    const stranger = await createBuyer(db);
    await expect(translateRfqMessage(db, { userId: stranger.id, factoryIds: [], locale: "en" }, messages[0].id, offline)).rejects.toMatchObject({ code: "not_found" });
  }, 120_000);
});
