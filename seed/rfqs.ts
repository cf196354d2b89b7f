// Demo requests for quotation from the demo buyer to the demo factory, made by the RFQ operations:
// one waiting for a quote, one answered with a quote after a short exchange, one declined. So both
// the buyer's "My quotes" and the factory's inbox show a real conversation on first start.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import * as s from "../db/schema";
import { convertFromCny } from "../lib/money/convert";
import { minorToDecimalString } from "../lib/money/format";
import { answerRfqWithQuote } from "../lib/rfqs/answer-rfq-with-quote";
import { createRfq } from "../lib/rfqs/create-rfq";
import { declineRfq } from "../lib/rfqs/decline-rfq";
import { buyerParty, factoryParty } from "../lib/rfqs/find-rfq";
import { postRfqMessage } from "../lib/rfqs/post-rfq-message";
import { addDays, chinaToday } from "../lib/rfqs/rfq-schema";
import { demoRates } from "./rates";

export async function seedDemoRfqs(db: Db) {
  const [buyer] = await db.select().from(s.users).where(eq(s.users.email, "buyer@haozao.test"));
  const [factoryUser] = await db.select().from(s.users).where(eq(s.users.email, "factory@haozao.test"));
  if (!buyer || !factoryUser) return;
  const [factory] = await db.select({ id: s.memberships.organizationId }).from(s.memberships).where(eq(s.memberships.userId, factoryUser.id));
  if (!factory) return;
  const listings = await db
    .select({ id: s.listings.id, moq: s.listings.moq })
    .from(s.listings)
    .where(and(eq(s.listings.factoryId, factory.id), eq(s.listings.status, "active")))
    .orderBy(asc(s.listings.id))
    .limit(40);
  const picks = [listings[3], listings[11], listings[19]].filter(Boolean);
  if (picks.length < 3) return;
  const firstTier = async (listingId: number) =>
    (await db.select().from(s.priceTiers).where(eq(s.priceTiers.listingId, listingId)).orderBy(asc(s.priceTiers.minQty)).limit(1))[0];
  // A target 15% under the listed first-tier price, in the buyer's pounds.
  const target = async (listingId: number) =>
    minorToDecimalString(convertFromCny(Math.round((await firstTier(listingId)).unitPriceFen * 0.85), demoRates.GBP, "GBP"), "GBP");

  const factoryBy = { actorId: factoryUser.id };
  await createRfq(db, buyer.id, {
    listingId: picks[0].id, quantity: picks[0].moq * 10, currency: "GBP", targetPrice: await target(picks[0].id),
    notes: "We sell to boutique gift shops in London. Could you print our logo (one colour, 3 cm) on each piece and pack them in kraft boxes of 10?",
  });

  const quoted = await createRfq(db, buyer.id, {
    listingId: picks[1].id, quantity: picks[1].moq * 5, currency: "GBP",
    notes: "Is a custom colour possible (Pantone 2935 C)? We would order every two months.",
  });
  await postRfqMessage(db, factoryParty(factory.id, factoryUser.id), quoted.id, { body: "您好！可以定制潘通色，起订量不变，交期需要多5天。Custom Pantone colours are fine; lead time is 5 days longer." });
  await postRfqMessage(db, buyerParty(buyer.id), quoted.id, { body: "Great, please send us your best price for the quantity and a larger one." });
  const base = (await firstTier(picks[1].id)).unitPriceFen;
  const price = (factor: number) => minorToDecimalString(Math.max(1, Math.round((base * factor) / 10) * 10), "CNY");
  await answerRfqWithQuote(db, factory.id, quoted.id, {
    tiers: [{ minQty: picks[1].moq * 5, price: price(0.95) }, { minQty: picks[1].moq * 10, price: price(0.88) }, { minQty: picks[1].moq * 20, price: price(0.8) }],
    leadTimeDays: 18, validUntil: addDays(chinaToday(), 21), note: "含潘通定制色。Price includes the custom Pantone colour; one pre-production sample free of charge.",
  }, factoryBy);

  const declined = await createRfq(db, buyer.id, { listingId: picks[2].id, quantity: picks[2].moq * 2, currency: "GBP", notes: "Could you make it in recycled material?" });
  await declineRfq(db, factory.id, declined.id, { reason: "抱歉，该款暂时无法使用再生材料生产。Sorry, we cannot make this model in recycled material for now." }, factoryBy);
}
