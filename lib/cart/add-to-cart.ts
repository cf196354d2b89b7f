// Adds SKUs to a cart (quantities add up). Only active SKUs of active listings; nothing is added
// when any requested SKU is not for sale.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { cartItems, carts, listings, skus } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { access, defineOperation, zId, zInt } from "@/lib/gate";
import { cartOwnerOf, ensureCartId, setCartCookie } from "./cart-owner";

export const MAX_LINE_QUANTITY = 1_000_000;

export const addToCartSchema = z.object({
  items: z
    .array(z.object({ skuId: zId, quantity: zInt(1, MAX_LINE_QUANTITY) }))
    .min(1)
    .max(200),
});
export type AddToCartInput = z.infer<typeof addToCartSchema>;

export class NotForSaleError extends ConflictError {
  constructor(readonly skuIds: number[]) {
    super("notForSale", skuIds.join(", "));
  }
}

export async function addToCart(db: DbOrTx, cartId: string, input: AddToCartInput): Promise<void> {
  const wanted = new Map<number, number>();
  for (const item of input.items) wanted.set(item.skuId, (wanted.get(item.skuId) ?? 0) + item.quantity);
  const ids = [...wanted.keys()];
  const sellable = await db
    .select({ id: skus.id })
    .from(skus)
    .innerJoin(listings, eq(listings.id, skus.listingId))
    .where(and(inArray(skus.id, ids), eq(skus.active, true), eq(listings.status, "active")));
  const ok = new Set(sellable.map((s) => s.id));
  const refused = ids.filter((id) => !ok.has(id));
  if (refused.length) throw new NotForSaleError(refused);

  await db
    .insert(cartItems)
    .values(ids.map((skuId) => ({ cartId, skuId, quantity: wanted.get(skuId)! })))
    .onConflictDoUpdate({
      target: [cartItems.cartId, cartItems.skuId],
      set: { quantity: sql`least(${cartItems.quantity} + excluded.quantity, ${MAX_LINE_QUANTITY})` },
    });
  await db.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, cartId));
}

/** Through the gate: anyone (signed in: their cart; signed out: the cookie's cart, created on first use). */
export const addToCartOp = defineOperation({
  name: "cart.add",
  access: access.public,
  input: addToCartSchema,
  rateLimit: { capacity: 120, refillSeconds: 60 },
  run: async ({ db, caller }, input) => {
    const who = await cartOwnerOf(caller);
    const cartId = await ensureCartId(db, who);
    if ("anonymousCartId" in who && who.anonymousCartId !== cartId) await setCartCookie(cartId);
    await addToCart(db, cartId, input);
    return { units: input.items.reduce((sum, item) => sum + item.quantity, 0) };
  },
});
