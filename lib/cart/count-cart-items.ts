import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cartItems } from "@/db/schema";

/** The number of SKU lines in a cart (what the header badge shows). */
export async function countCartItems(db: DbOrTx, cartId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(cartItems).where(eq(cartItems.cartId, cartId));
  return row.n;
}
