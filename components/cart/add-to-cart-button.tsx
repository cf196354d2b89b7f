"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { addToCartAction } from "@/components/cart/actions";
import { CART_CHANGED_EVENT } from "@/components/layout/account-nav";
import { Link } from "@/i18n/navigation";

/** Puts the chosen quantities of each SKU into the cart. */
export function AddToCartButton({ quantities }: { quantities: Record<number, number> }) {
  const t = useTranslations("Listing");
  const tCart = useTranslations("Cart");
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const items = Object.entries(quantities)
    .map(([skuId, quantity]) => ({ skuId: Number(skuId), quantity }))
    .filter((i) => i.quantity > 0);

  const add = () =>
    start(async () => {
      const answer = await addToCartAction({ items });
      setResult(
        answer.ok
          ? { ok: true, message: tCart("added", { count: answer.data.units }) }
          : { ok: false, message: answer.code === "conflict" ? tCart("notForSale") : answer.code === "validation" ? tCart("addInvalid") : answer.message },
      );
      if (answer.ok) window.dispatchEvent(new Event(CART_CHANGED_EVENT));
    });

  return (
    <div className="space-y-2">
      <button type="button" onClick={add} disabled={pending || items.length === 0} className="btn-primary w-full py-3 text-base disabled:opacity-60" data-testid="add-to-cart">
        {pending ? t("adding") : t("addToCart")}
      </button>
      {result ? (
        <p role="status" data-testid="add-to-cart-result" className={`flex flex-wrap items-center justify-between gap-2 rounded-lg px-3 py-2 text-sm ${result.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700"}`}>
          <span>{result.message}</span>
          {result.ok ? (
            <Link href="/cart" className="font-semibold underline" data-testid="view-cart">
              {t("viewCart")}
            </Link>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
