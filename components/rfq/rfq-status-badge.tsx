const tones: Record<string, string> = {
  open: "bg-amber-50 text-amber-800 ring-amber-200",
  quoted: "bg-sky-50 text-sky-800 ring-sky-200",
  accepted: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  declined: "bg-ink-100 text-ink-700 ring-ink-300",
  closed: "bg-ink-100 text-ink-700 ring-ink-300",
};

/** A request's status as a coloured pill; the label comes translated. */
export function RfqStatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[status] ?? tones.closed}`} data-testid="rfq-status" data-status={status}>
      {label}
    </span>
  );
}
