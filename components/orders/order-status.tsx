const tones: Record<string, string> = {
  pending_payment: "bg-amber-50 text-amber-800 ring-amber-200",
  paid: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  purchasing: "bg-sky-50 text-sky-800 ring-sky-200",
  at_warehouse: "bg-sky-50 text-sky-800 ring-sky-200",
  shipping: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  delivered: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  cancelled: "bg-ink-100 text-ink-700 ring-ink-300",
  refunded: "bg-ink-100 text-ink-700 ring-ink-300",
};

/** An order status as a coloured pill; the label comes translated. */
export function OrderStatus({ status, label }: { status: string; label: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[status] ?? tones.cancelled}`} data-testid="order-status" data-status={status}>
      {label}
    </span>
  );
}
