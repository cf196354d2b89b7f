const tones: Record<string, string> = {
  placed: "bg-amber-50 text-amber-800 ring-amber-200",
  accepted: "bg-sky-50 text-sky-800 ring-sky-200",
  shipped: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  received: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  rejected: "bg-ink-100 text-ink-700 ring-ink-300",
};

/** A purchase order's status as a coloured pill; the label comes translated. */
export function PoStatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[status] ?? tones.rejected}`} data-testid="po-status" data-status={status}>
      {label}
    </span>
  );
}
