import "server-only";
// After sign-in or sign-up: the cart filled while signed out (its cookie) joins the account's.
import { getDb } from "@/lib/db";
import { clearCartCookie, cookieCartId } from "./cart-owner";
import { mergeCarts } from "./merge-carts";

export async function adoptSignedOutCart(userId: number) {
  const anonymous = await cookieCartId();
  if (!anonymous) return;
  await mergeCarts(await getDb(), anonymous, userId);
  await clearCartCookie();
}
