// Places an order from the buyer's cart (SPEC 5): recomputes every amount from the database, locks
// the exchange rate into the order, reserves stock, and empties the cart, all in one transaction.
// Stock is reserved with a conditional update, so two buyers can never take the same last unit.
import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import type { Db, Tx } from "@/db/client";
import { cartItems, orderLines, orders, skus } from "@/db/schema";
import { readCartItems } from "@/lib/cart/cart-items";
import { checkoutQuote } from "@/lib/checkout/checkout-quote";
import type { Address } from "@/lib/checkout/address";
import type { Currency } from "@/lib/money/currencies";
import { CheckoutError } from "./errors";
import { addOrderEvent } from "./timeline";

export interface PlaceOrderInput {
  buyerId: number;
  cartId: string;
  locale: Locale;
  currency: Currency;
  address: Address;
  warehouseId: number;
  shippingLineId: number;
  /** One per checkout attempt: a double submit returns the first order. */
  attemptKey: string;
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export function newOrderNumber(now = new Date()): string {
  const bytes = randomBytes(6);
  const suffix = [...bytes].map((b) => CROCKFORD[b % 32]).join("");
  return `HZ${now.toISOString().slice(2, 10).replaceAll("-", "")}${suffix}`;
}

export async function placeOrder(db: Db, input: PlaceOrderInput): Promise<{ id: number; number: string; created: boolean }> {
  const [existing] = await db
    .select({ id: orders.id, number: orders.number })
    .from(orders)
    .where(and(eq(orders.buyerId, input.buyerId), eq(orders.idempotencyKey, input.attemptKey)));
  if (existing) return { ...existing, created: false };

  return db.transaction(async (tx) => {
    // One cart, one order: the cart row is locked for the whole transaction, so a second submit
    // (the same attempt again, or another tab's) waits for the first and then finds its order.
    await tx.execute(sql`select id from carts where id = ${input.cartId} for update`);
    const [again] = await tx
      .select({ id: orders.id, number: orders.number })
      .from(orders)
      .where(and(eq(orders.buyerId, input.buyerId), eq(orders.idempotencyKey, input.attemptKey)));
    if (again) return { ...again, created: false };
    const cart = await readCartItems(tx, input.cartId, input.locale);
    if (cart.items.length === 0) {
      // The cart was consumed by an order placed a moment ago from another tab: that order.
      const [recent] = await tx
        .select({ id: orders.id, number: orders.number })
        .from(orders)
        .where(and(eq(orders.buyerId, input.buyerId), eq(orders.status, "pending_payment"), sql`${orders.createdAt} > now() - interval '15 minutes'`))
        .orderBy(desc(orders.id))
        .limit(1);
      if (recent) return { ...recent, created: false };
    }
    const order = await createOrder(tx, cart, {
      buyerId: input.buyerId,
      currency: input.currency,
      address: input.address,
      warehouseId: input.warehouseId,
      shippingLineId: input.shippingLineId,
      idempotencyKey: input.attemptKey,
    });
    await tx.delete(cartItems).where(eq(cartItems.cartId, input.cartId));
    return { id: order.id, number: order.number, created: true };
  });
}

export interface CreateOrderFields {
  buyerId: number;
  currency: Currency;
  address: Address;
  warehouseId: number;
  shippingLineId: number;
  idempotencyKey: string;
  /** Orders of the partner API: the partner organisation, its reference, test mode, the request's hash. */
  partner?: { id: number; reference: string | null; test: boolean; requestHash: string };
}

/**
 * The order of some goods (a cart, or a partner's lines) in the caller's transaction: quoted from
 * the database, the rate locked, lines written, stock reserved (a CheckoutError if it is gone).
 */
export async function createOrder(tx: Tx, cart: Awaited<ReturnType<typeof readCartItems>>, input: CreateOrderFields): Promise<{ id: number; number: string; firstPaymentMinor: number }> {
  const { quote, rate } = await checkoutQuote(tx, cart, {
    warehouseId: input.warehouseId,
    shippingLineId: input.shippingLineId,
    country: input.address.country,
    currency: input.currency,
  });

  const [order] = await tx
    .insert(orders)
    .values({
      number: newOrderNumber(),
      buyerId: input.buyerId,
      partnerId: input.partner?.id ?? null,
      partnerReference: input.partner?.reference ?? null,
      test: input.partner?.test ?? false,
      requestHash: input.partner?.requestHash ?? null,
      status: "pending_payment",
      currency: input.currency,
      ratePerCny: rate.ratePerCny,
      rateSource: rate.source.slice(0, 80),
      country: input.address.country,
      address: { ...input.address, postalCode: input.address.postalCode },
      warehouseId: input.warehouseId,
      shippingLineId: input.shippingLineId,
      goodsMinor: quote.goodsMinor,
      serviceFeeMinor: quote.serviceFeeMinor,
      domesticShippingMinor: quote.domesticMinor,
      intlEstimateMinor: quote.intlMinor ?? 0,
      dutyEstimateMinor: quote.dutyMinor,
      firstPaymentMinor: quote.firstPaymentMinor,
      idempotencyKey: input.idempotencyKey,
    })
    .returning({ id: orders.id, number: orders.number });

  const listingById = new Map(cart.listings.map((l) => [l.id, l]));
  const itemBySku = new Map(cart.items.map((i) => [i.skuId, i]));
  await tx.insert(orderLines).values(
    quote.lines.map((line) => {
      const listing = listingById.get(line.listingId)!;
      const item = itemBySku.get(line.skuId)!;
      return {
        orderId: order.id,
        skuId: line.skuId,
        listingId: line.listingId,
        factoryId: listing.factoryId,
        quantity: line.quantity,
        unitPriceFen: line.unitPriceFen,
        lineTotalMinor: line.lineMinor,
        snapshot: { title: listing.title, options: item.options, photoKey: listing.photoKey ?? undefined },
      };
    }),
  );

  // In SKU id order, so concurrent orders lock rows in the same order and never deadlock.
  for (const line of [...quote.lines].sort((a, b) => a.skuId - b.skuId)) {
    const reserved = await tx
      .update(skus)
      .set({ reserved: sql`${skus.reserved} + ${line.quantity}` })
      .where(and(eq(skus.id, line.skuId), sql`${skus.stock} - ${skus.reserved} >= ${line.quantity}`))
      .returning({ id: skus.id });
    if (reserved.length === 0) throw new CheckoutError("outOfStock", { skuId: line.skuId });
  }
  await addOrderEvent(tx, order.id, "order_placed", { firstPaymentMinor: quote.firstPaymentMinor, currency: input.currency, rate: rate.ratePerCny }, input.buyerId);
  return { ...order, firstPaymentMinor: quote.firstPaymentMinor };
}
