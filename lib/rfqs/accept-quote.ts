import "server-only";
// The buyer accepts the current quote of their request: the SKU asked about (or the one the buyer
// picks now, or the listing's only one) goes into the buyer's cart at the quote's price for the
// quantity asked — the break that quantity reaches — and the request becomes `accepted`. The cart
// line keeps the quoted price (cart_items.quoted_unit_price_fen), which the cart and checkout use
// instead of the listing's tiers. One transaction.
import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { cartItems, carts, listings, rfqQuotes, rfqs, skus } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { sortTiers, tierForQuantity } from "@/lib/pricing/tiers";
import { findRfq } from "./find-rfq";
import { parseOrThrow } from "./issues";
import { acceptQuoteSchema, chinaToday } from "./rfq-schema";
import { canAccept } from "./rfq-status";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

export interface AcceptedQuote {
  cartId: string;
  skuId: number;
  quantity: number;
  unitPriceFen: number;
}

export async function acceptQuote(
  db: Db,
  buyerId: number,
  rfqId: number,
  quoteId: number,
  input: unknown = {},
  options: { now?: Date } = {},
): Promise<AcceptedQuote> {
  const { skuId: chosenSkuId } = parseOrThrow(acceptQuoteSchema, input);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const rfq = await findRfq(tx, { side: "buyer", buyerId }, rfqId, { forUpdate: true });
    const [quote] = await tx.select().from(rfqQuotes).where(and(eq(rfqQuotes.id, quoteId), eq(rfqQuotes.rfqId, rfq.id)));
    if (!quote) throw new NotFoundError("rfqQuote", quoteId);
    if (!canAccept(rfq.status)) throw new ConflictError("rfqNotAcceptable", rfq.status);
    const [latest] = await tx.select({ id: rfqQuotes.id }).from(rfqQuotes).where(eq(rfqQuotes.rfqId, rfq.id)).orderBy(desc(rfqQuotes.createdAt), desc(rfqQuotes.id)).limit(1);
    if (latest.id !== quote.id) throw new ConflictError("rfqQuoteSuperseded");
    if (quote.validUntil < chinaToday(now)) throw new ConflictError("rfqQuoteExpired", quote.validUntil);

    const [listing] = await tx.select({ status: listings.status }).from(listings).where(eq(listings.id, rfq.listingId));
    if (listing?.status !== "active") throw new ConflictError("rfqListingUnavailable");
    const active = await tx.select({ id: skus.id }).from(skus).where(and(eq(skus.listingId, rfq.listingId), eq(skus.active, true))).orderBy(asc(skus.id));
    const isActive = (id: number | null | undefined) => id != null && active.some((s) => s.id === id);
    const skuId = isActive(rfq.skuId) ? rfq.skuId! : (chosenSkuId ?? (active.length === 1 ? active[0].id : undefined));
    if (skuId === undefined || !active.some((s) => s.id === skuId)) throw new ValidationError([{ path: ["skuId"], key: "rfqSku" }]);

    // The break the quantity asked for reaches (the factory's first break never lies above it).
    const tiers = sortTiers(quote.tiers);
    const tier = tierForQuantity(tiers, rfq.quantity) ?? tiers[0];
    const quantity = Math.max(rfq.quantity, tier.minQty);

    const [cart] = await tx
      .insert(carts)
      .values({ userId: buyerId })
      .onConflictDoUpdate({ target: carts.userId, set: { updatedAt: now } })
      .returning({ id: carts.id });
    await tx
      .insert(cartItems)
      .values({ cartId: cart.id, skuId, quantity, quotedUnitPriceFen: tier.unitPriceFen })
      .onConflictDoUpdate({ target: [cartItems.cartId, cartItems.skuId], set: { quantity, quotedUnitPriceFen: tier.unitPriceFen } });
    await tx.update(rfqQuotes).set({ acceptedAt: now }).where(eq(rfqQuotes.id, quote.id));
    await tx.update(rfqs).set({ status: "accepted", skuId, updatedAt: now }).where(eq(rfqs.id, rfq.id));
    return { cartId: cart.id, skuId, quantity, unitPriceFen: tier.unitPriceFen };
  });
}

/** Through the gate: the buyer accepts the current quote of one of their own requests. */
export const acceptQuoteOp = defineOperation({
  name: "rfqs.acceptQuote",
  access: access.user,
  input: z.object({ rfqId: zId, quoteId: zId }).loose(),
  run: ({ db, caller }, { rfqId, quoteId, ...rest }) => acceptQuote(db, caller.user.id, rfqId, quoteId, rest),
});
