"use client";
import { useMemo, useState } from "react";
import { AddToCartButton } from "@/components/cart/add-to-cart-button";
import { OrderPanel } from "./order-panel";
import { ShippingEstimate } from "./shipping-estimate";
import type { PurchaseProps } from "./types";

/** The buyer's quantities per SKU, shared by the price panel and the shipping estimate. */
export function ListingPurchase(props: PurchaseProps) {
  const [quantities, setQuantities] = useState<Record<number, number>>(() => {
    const first = props.skus.find((s) => s.available > 0) ?? props.skus[0];
    return first ? { [first.id]: props.moq } : {};
  });
  const total = useMemo(() => Object.values(quantities).reduce((a, b) => a + b, 0), [quantities]);
  return (
    <div className="space-y-5">
      <OrderPanel {...props} quantities={quantities} total={total} onChange={(skuId, qty) => setQuantities((q) => ({ ...q, [skuId]: qty }))} />
      <AddToCartButton quantities={quantities} />
      <ShippingEstimate {...props} total={Math.max(total, 1)} />
    </div>
  );
}
