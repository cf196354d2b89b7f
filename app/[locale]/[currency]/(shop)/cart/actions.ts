"use server";
// Cart changes: whoever is signed in gets their own cart; signed-out visitors get one named by a cookie.
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { actionLocale } from "@/lib/action-locale";
import { getSessionUser } from "@/lib/auth/session";
import { addToCart, addToCartSchema, NotForSaleError } from "@/lib/cart/add-to-cart";
import { cookieCartId, ensureCartId, findCartId, setCartCookie, type CartOwner } from "@/lib/cart/cart-owner";
import { setCartQuantity, setQuantitySchema } from "@/lib/cart/set-cart-quantity";

async function owner(): Promise<CartOwner> {
  const user = await getSessionUser();
  return user ? { userId: user.id } : { anonymousCartId: await cookieCartId() };
}

export interface AddToCartResult {
  ok: boolean;
  message: string;
}

export async function addToCartAction(items: { skuId: number; quantity: number }[]): Promise<AddToCartResult> {
  const locale = await actionLocale();
  const t = await getTranslations({ locale, namespace: "Cart" });
  const parsed = addToCartSchema.safeParse({ items: items.filter((i) => i.quantity > 0) });
  if (!parsed.success) return { ok: false, message: t("addInvalid") };
  const db = await getDb();
  const who = await owner();
  const cartId = await ensureCartId(db, who);
  if ("anonymousCartId" in who && who.anonymousCartId !== cartId) await setCartCookie(cartId);
  try {
    await addToCart(db, cartId, parsed.data);
  } catch (error) {
    if (error instanceof NotForSaleError) return { ok: false, message: t("notForSale") };
    throw error;
  }
  const units = parsed.data.items.reduce((s, i) => s + i.quantity, 0);
  return { ok: true, message: t("added", { count: units }) };
}

export async function setCartQuantityAction(formData: FormData): Promise<void> {
  const parsed = setQuantitySchema.safeParse({ skuId: formData.get("skuId"), quantity: formData.get("quantity") });
  if (!parsed.success) return;
  const db = await getDb();
  const cartId = await findCartId(db, await owner());
  if (!cartId) return;
  await setCartQuantity(db, cartId, parsed.data.skuId, parsed.data.quantity);
  revalidatePath("/[locale]/[currency]/cart", "page");
}
