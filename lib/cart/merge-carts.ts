// At sign-in the cart filled while signed out joins the account's cart: quantities of the same SKU
// add up, and the anonymous cart is deleted. One transaction.
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { cartItems, carts } from "@/db/schema";
import { MAX_LINE_QUANTITY } from "./add-to-cart";
import { ensureCartId } from "./cart-owner";

export async function mergeCarts(db: Db, anonymousCartId: string, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [anonymous] = await tx.select({ id: carts.id }).from(carts).where(and(eq(carts.id, anonymousCartId), isNull(carts.userId)));
    if (!anonymous) return;
    const target = await ensureCartId(tx, { userId });
    const items = await tx.select().from(cartItems).where(eq(cartItems.cartId, anonymous.id));
    if (items.length) {
      await tx
        .insert(cartItems)
        .values(items.map((i) => ({ cartId: target, skuId: i.skuId, quantity: i.quantity, quotedUnitPriceFen: i.quotedUnitPriceFen })))
        .onConflictDoUpdate({
          target: [cartItems.cartId, cartItems.skuId],
          set: { quantity: sql`least(${cartItems.quantity} + excluded.quantity, ${MAX_LINE_QUANTITY})` },
        });
    }
    await tx.delete(carts).where(eq(carts.id, anonymous.id));
  });
}
