// GET /api/me — who is signed in and how many units are in the cart, for the header of cached pages
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { getSessionUser } from "@/lib/auth/session";
import { cookieCartId, findCartId } from "@/lib/cart/cart-owner";
import { countCartItems } from "@/lib/cart/count-cart-items";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getSessionUser();
  const db = await getDb();
  const cartId = await findCartId(db, user ? { userId: user.id } : { anonymousCartId: await cookieCartId() });
  return NextResponse.json(
    { user: user ? { name: user.name, role: user.role } : null, cartLines: cartId ? await countCartItems(db, cartId) : 0 },
    { headers: { "cache-control": "private, no-store" } },
  );
}
