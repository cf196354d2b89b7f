// Changes a cart line's quantity; zero removes it.
import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { cartItems } from "@/db/schema";
import { MAX_LINE_QUANTITY } from "./add-to-cart";

export const setQuantitySchema = z.object({
  skuId: z.coerce.number().int().positive(),
  quantity: z.coerce.number("quantity").int("quantity").min(0, "quantity").max(MAX_LINE_QUANTITY, "quantity"),
});

export async function setCartQuantity(db: DbOrTx, cartId: string, skuId: number, quantity: number): Promise<void> {
  const line = and(eq(cartItems.cartId, cartId), eq(cartItems.skuId, skuId));
  if (quantity === 0) await db.delete(cartItems).where(line);
  else await db.update(cartItems).set({ quantity }).where(line);
}
