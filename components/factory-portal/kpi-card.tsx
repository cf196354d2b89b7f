import type { ReactNode } from "react";

/** One figure of the dashboard: a label, the value, and a line of context. */
export function KpiCard({ label, value, hint, icon, testId, tone = "neutral" }: { label: string; value: string; hint?: ReactNode; icon: ReactNode; testId: string; tone?: "neutral" | "attention" }) {
  return (
    <div className="card flex items-start gap-3 p-4" data-testid={testId}>
      <span aria-hidden className={`flex h-10 w-10 shrink-0 items-center justify-center rounded-xl ${tone === "attention" ? "bg-amber-50 text-amber-700" : "bg-brand-50 text-brand-700"}`}>
        {icon}
      </span>
      <div className="min-w-0">
        <p className="text-xs font-medium text-ink-500">{label}</p>
        <p className="mt-0.5 truncate text-xl font-bold tracking-tight text-ink-900" title={value} data-testid={`${testId}-value`}>{value}</p>
        {hint ? <p className="mt-0.5 text-xs text-ink-500">{hint}</p> : null}
      </div>
    </div>
  );
}

const stroke = { fill: "none", stroke: "currentColor", strokeWidth: 1.8, strokeLinecap: "round", strokeLinejoin: "round" } as const;

export const KpiIcons = {
  orders: (
    <svg viewBox="0 0 24 24" className="h-5 w-5" {...stroke}><path d="M6 3h12l2 4v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7z" /><path d="M4 7h16M9 11a3 3 0 0 0 6 0" /></svg>
  ),
  revenue: (
    <svg viewBox="0 0 24 24" className="h-5 w-5" {...stroke}><path d="M7 4l5 7 5-7M12 11v9M8 13h8M8 16.5h8" /></svg>
  ),
  units: (
    <svg viewBox="0 0 24 24" className="h-5 w-5" {...stroke}><path d="M12 3 4 7v10l8 4 8-4V7z" /><path d="m4 7 8 4 8-4M12 11v10" /></svg>
  ),
  inbox: (
    <svg viewBox="0 0 24 24" className="h-5 w-5" {...stroke}><path d="M4 13V6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v7" /><path d="M4 13h4l2 3h4l2-3h4v5a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z" /></svg>
  ),
};
