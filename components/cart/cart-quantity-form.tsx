import { setCartQuantityAction } from "@/components/cart/actions";

/** Edit or remove one cart line; works without JavaScript (a plain form post). */
export function CartQuantityForm({ skuId, quantity, labels }: { skuId: number; quantity: number; labels: { quantity: string; update: string; remove: string } }) {
  return (
    <div className="flex items-center gap-2">
      <form action={setCartQuantityAction} className="flex items-center gap-1.5">
        <input type="hidden" name="skuId" value={skuId} />
        <label className="sr-only" htmlFor={`qty-${skuId}`}>{labels.quantity}</label>
        <input id={`qty-${skuId}`} name="quantity" type="number" min={0} max={1000000} defaultValue={quantity} className="input w-24 py-1.5 text-end" data-testid={`cart-qty-${skuId}`} />
        <button type="submit" className="btn-secondary px-3 py-1.5 text-sm" data-testid={`cart-update-${skuId}`}>{labels.update}</button>
      </form>
      <form action={setCartQuantityAction}>
        <input type="hidden" name="skuId" value={skuId} />
        <input type="hidden" name="quantity" value={0} />
        <button type="submit" className="px-2 py-1.5 text-sm text-ink-500 hover:text-red-600" data-testid={`cart-remove-${skuId}`}>{labels.remove}</button>
      </form>
    </div>
  );
}
