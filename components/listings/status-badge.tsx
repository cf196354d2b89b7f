// A listing's status (draft / active / archived) as a small coloured badge; the label comes in translated.
const tone = {
  draft: "bg-ink-100 text-ink-700 ring-ink-300",
  active: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  archived: "bg-ink-50 text-ink-500 ring-ink-100",
} as const;

export function StatusBadge({ status, label }: { status: keyof typeof tone; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${tone[status]}`} data-testid="status-badge" data-status={status}>
      <span className={`h-1.5 w-1.5 rounded-full ${status === "active" ? "bg-emerald-500" : status === "draft" ? "bg-ink-500" : "bg-ink-300"}`} aria-hidden />
      {label}
    </span>
  );
}
