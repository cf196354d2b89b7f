import type { ReactNode } from "react";
import { sortTiers, tierForQuantity } from "@/lib/pricing/tiers";
import type { QuoteView } from "@/lib/rfqs/rfq-details";

interface Props {
  quote: QuoteView;
  /** The quantity asked for: its break is marked. */
  quantity: number;
  price(fen: number): string;
  labels: {
    title: string;
    state: string;
    quantity: string;
    unitPrice: string;
    forYou: string;
    range(min: number, max: number): string;
    from(min: number): string;
    note: string;
  };
  /** Lead time, validity, ...: label and value. */
  facts: { label: string; value: string }[];
  tone: "current" | "accepted" | "muted";
  children?: ReactNode;
}

/** One quote: its price breaks (the one the asked quantity reaches marked), lead time, validity and note. */
export function QuoteCard({ quote, quantity, price, labels, facts, tone, children }: Props) {
  const tiers = sortTiers(quote.tiers);
  const reached = tierForQuantity(tiers, quantity) ?? tiers[0];
  const ring = tone === "current" ? "border-brand-200 ring-1 ring-brand-100" : tone === "accepted" ? "border-emerald-200 ring-1 ring-emerald-100" : "opacity-75";
  return (
    <article className={`card overflow-hidden ${ring}`} data-testid="rfq-quote" data-current={quote.current || undefined}>
      <header className={`flex flex-wrap items-center justify-between gap-2 border-b border-ink-100 px-5 py-3 ${tone === "current" ? "bg-brand-50/60" : tone === "accepted" ? "bg-emerald-50/60" : "bg-ink-50"}`}>
        <h3 className="font-semibold text-ink-900">{labels.title}</h3>
        <span className="text-xs font-medium text-ink-500">{labels.state}</span>
      </header>
      <div className="space-y-4 p-5">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[16rem] text-sm">
            <thead>
              <tr className="text-xs text-ink-500">
                <th className="pb-2 text-start font-medium">{labels.quantity}</th>
                <th className="pb-2 text-end font-medium">{labels.unitPrice}</th>
              </tr>
            </thead>
            <tbody>
              {tiers.map((tier, i) => {
                const upper = tiers[i + 1]?.minQty;
                const mine = tier.minQty === reached.minQty;
                return (
                  <tr key={tier.minQty} className={mine ? "bg-brand-50 font-semibold text-brand-800" : "text-ink-700"} data-testid="rfq-quote-tier" data-reached={mine || undefined}>
                    <td className="rounded-s-lg px-2 py-1.5">
                      <span dir="ltr">{upper ? labels.range(tier.minQty, upper - 1) : labels.from(tier.minQty)}</span>
                      {mine ? <span className="ms-2 rounded bg-brand-700 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-white">{labels.forYou}</span> : null}
                    </td>
                    <td className="rounded-e-lg px-2 py-1.5 text-end tabular-nums">
                      <span dir="ltr" data-testid={mine ? "rfq-quote-price" : undefined}>{price(tier.unitPriceFen)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          {facts.map((fact) => (
            <div key={fact.label} className="rounded-xl bg-ink-50 px-3 py-2">
              <dt className="text-xs text-ink-500">{fact.label}</dt>
              <dd className="font-semibold text-ink-900">{fact.value}</dd>
            </div>
          ))}
        </dl>
        {quote.note ? (
          <div className="text-sm">
            <p className="text-xs font-semibold text-ink-500">{labels.note}</p>
            <p className="mt-1 whitespace-pre-line text-ink-800" dir="auto">{quote.note}</p>
          </div>
        ) : null}
        {children}
      </div>
    </article>
  );
}
