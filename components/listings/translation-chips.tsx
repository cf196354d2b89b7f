// How complete a listing's translations are: one small chip per locale coloured by where its text
// comes from (source, human, machine, missing), and the count of locales that have one. Labels come
// in translated; no hooks, so pages and client components both use it.
import type { TranslationState } from "@/lib/listings/list-factory-listings";

const tone: Record<TranslationState, string> = {
  source: "bg-brand-700 text-white ring-brand-500",
  human: "bg-emerald-100 text-emerald-800 ring-emerald-300",
  machine: "bg-sky-50 text-sky-800 ring-sky-300",
  missing: "bg-white text-ink-500 ring-ink-300",
};

export function OriginBadge({ origin, label }: { origin: TranslationState; label: string }) {
  return (
    <span className={`inline-flex items-center rounded-md px-1.5 py-0.5 text-[11px] font-medium ring-1 ${tone[origin]}`} data-testid="origin-badge" data-origin={origin}>
      {label}
    </span>
  );
}

export function LocaleChips({ states, labels, countLabel }: {
  states: { locale: string; origin: TranslationState }[];
  /** "zh: source" … for each chip's title (screen readers and hover). */
  labels: Record<TranslationState, string>;
  countLabel: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-1" data-testid="locale-chips">
      <span className="me-1 text-xs font-semibold tabular-nums text-ink-700" data-testid="translation-completeness">{countLabel}</span>
      {states.map(({ locale, origin }) => (
        <abbr
          key={locale}
          title={`${locale.toUpperCase()} · ${labels[origin]}`}
          aria-label={`${locale.toUpperCase()} · ${labels[origin]}`}
          className={`inline-flex h-5 min-w-6 items-center justify-center rounded px-1 text-[10px] font-semibold uppercase no-underline ring-1 ${tone[origin]}`}
          data-locale={locale}
          data-origin={origin}
        >
          {locale}
        </abbr>
      ))}
    </div>
  );
}

export function OriginLegend({ labels }: { labels: Record<TranslationState, string> }) {
  return (
    <div className="flex flex-wrap items-center gap-3 text-xs text-ink-500">
      {(Object.keys(labels) as TranslationState[]).map((o) => (
        <span key={o} className="inline-flex items-center gap-1.5">
          <span className={`inline-block h-3 w-3 rounded-sm ring-1 ${tone[o]}`} aria-hidden />
          {labels[o]}
        </span>
      ))}
    </div>
  );
}
