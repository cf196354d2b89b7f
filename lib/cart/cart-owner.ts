// Whose cart a request works on: the signed-in user's, else the one named by the cart cookie.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { cookies } from "next/headers";
import type { DbOrTx } from "@/db/client";
import { carts } from "@/db/schema";
import { requestOrigin } from "@/lib/request-origin";

export const CART_COOKIE = "haozao_cart";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type CartOwner = { userId: number } | { anonymousCartId: string | null };

/** The cart of the gate's caller: a signed-in user's own, else the one named by the cookie. */
export async function cartOwnerOf(caller: { type: string; user?: { id: number } }): Promise<CartOwner> {
  return caller.type === "user" && caller.user ? { userId: caller.user.id } : { anonymousCartId: await cookieCartId() };
}

export async function cookieCartId(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value;
  return value && UUID.test(value) ? value : null;
}

/** The owner's cart id, or null when it has none yet. An anonymous id only counts while no user owns it. */
export async function findCartId(db: DbOrTx, owner: CartOwner): Promise<string | null> {
  if ("userId" in owner) {
    const [cart] = await db.select({ id: carts.id }).from(carts).where(eq(carts.userId, owner.userId));
    return cart?.id ?? null;
  }
  if (!owner.anonymousCartId) return null;
  const [cart] = await db.select({ id: carts.id }).from(carts).where(and(eq(carts.id, owner.anonymousCartId), isNull(carts.userId)));
  return cart?.id ?? null;
}

/** The owner's cart, created when missing. For an anonymous owner the caller sets the cookie. */
export async function ensureCartId(db: DbOrTx, owner: CartOwner): Promise<string> {
  const existing = await findCartId(db, owner);
  if (existing) return existing;
  if ("userId" in owner) {
    const [created] = await db
      .insert(carts)
      .values({ userId: owner.userId })
      .onConflictDoUpdate({ target: carts.userId, set: { updatedAt: new Date() } })
      .returning({ id: carts.id });
    return created.id;
  }
  const [created] = await db.insert(carts).values({}).returning({ id: carts.id });
  return created.id;
}

export async function setCartCookie(cartId: string) {
  // Secure whenever the site is served over HTTPS (a plain-HTTP demo on a LAN address still works).
  const secure = (await requestOrigin()).startsWith("https:");
  (await cookies()).set(CART_COOKIE, cartId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 60, secure });
}

export async function clearCartCookie() {
  (await cookies()).delete(CART_COOKIE);
}
