// A status as a coloured pill. Primitive: the caller maps its statuses to tones and passes the
// translated label.
export type PillTone = "waiting" | "active" | "moving" | "done" | "closed";

const toneClasses: Record<PillTone, string> = {
  waiting: "bg-amber-50 text-amber-800 ring-amber-200",
  active: "bg-sky-50 text-sky-800 ring-sky-200",
  moving: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  done: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  closed: "bg-ink-100 text-ink-700 ring-ink-300",
};

export function StatusPill({ tone, label, status, testId, className = "" }: { tone: PillTone; label: string; status: string; testId: string; className?: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${toneClasses[tone]} ${className}`} data-testid={testId} data-status={status}>
      {label}
    </span>
  );
}
