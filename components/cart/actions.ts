"use server";
// Cart changes through the gate: the signed-in user's cart, or the cookie's for visitors.
import { revalidatePath } from "next/cache";
import { addToCartOp } from "@/lib/cart/add-to-cart";
import { setCartQuantityOp } from "@/lib/cart/set-cart-quantity";
import { dataAction, submitAction, type DataAction } from "@/lib/gate/next";

export const addToCartAction: DataAction<{ items: { skuId: number; quantity: number }[] }, { units: number }> = dataAction(addToCartOp);

export const setCartQuantityAction = submitAction(setCartQuantityOp, {
  onSuccess: () => revalidatePath("/[locale]/[currency]/cart", "page"),
});
