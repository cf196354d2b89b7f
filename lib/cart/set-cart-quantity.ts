// Changes a cart line's quantity; zero removes it.
import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { cartItems } from "@/db/schema";
import { access, defineOperation, zId } from "@/lib/gate";
import { MAX_LINE_QUANTITY } from "./add-to-cart";
import { cartOwnerOf, findCartId } from "./cart-owner";

export const setQuantitySchema = z.object({
  skuId: zId,
  quantity: z.coerce.number("quantity").int("quantity").min(0, "quantity").max(MAX_LINE_QUANTITY, "quantity"),
});

export async function setCartQuantity(db: DbOrTx, cartId: string, skuId: number, quantity: number): Promise<void> {
  const line = and(eq(cartItems.cartId, cartId), eq(cartItems.skuId, skuId));
  if (quantity === 0) await db.delete(cartItems).where(line);
  else await db.update(cartItems).set({ quantity }).where(line);
}

/** Through the gate: a line of the caller's own cart (no cart: nothing to change). */
export const setCartQuantityOp = defineOperation({
  name: "cart.setQuantity",
  access: access.public,
  input: setQuantitySchema,
  run: async ({ db, caller }, { skuId, quantity }) => {
    const cartId = await findCartId(db, await cartOwnerOf(caller));
    if (cartId) await setCartQuantity(db, cartId, skuId, quantity);
    return { skuId, quantity };
  },
});
