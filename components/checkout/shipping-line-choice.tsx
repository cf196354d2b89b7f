"use client";
// The agent's shipping lines at checkout: each with its price for these goods, or why it cannot
// carry them (too heavy, too large); lines that do not deliver to the country are folded away.
// With no usable line at all, the buyer is told what to do instead.
import { useTranslations } from "next-intl";
import type { QuoteView } from "@/lib/checkout/quote-checkout";
import { Link } from "@/i18n/navigation";
import type { CheckoutOptions } from "@/lib/checkout/checkout-options";

type Line = CheckoutOptions["lines"][number];

interface Props {
  lines: Line[];
  country: string;
  countryName: string;
  chosenId: number | undefined;
  quote: QuoteView | null;
  onChoose: (id: number) => void;
}

export function ShippingLineChoice({ lines, country, countryName, chosenId, quote, onChoose }: Props) {
  const t = useTranslations("Checkout");
  const tf = useTranslations("Freight");
  const tModes = useTranslations("Modes");
  const estimateOf = (id: number) => quote?.lineEstimates?.find((e) => e.id === id);
  const served = lines.filter((l) => l.countries.includes(country));
  const others = lines.filter((l) => !l.countries.includes(country));

  const row = (l: Line) => {
    const estimate = estimateOf(l.id);
    const refused = estimate != null && estimate.amount === null;
    return (
      <label
        key={l.id}
        data-testid={`line-option-${l.id}`}
        data-usable={estimate ? String(!refused) : undefined}
        className={`flex items-center justify-between gap-3 rounded-xl border p-4 ${refused ? "cursor-not-allowed opacity-60" : "cursor-pointer"} ${l.id === chosenId ? "border-brand-500 bg-brand-50 ring-1 ring-brand-500" : "border-ink-100 hover:border-ink-300"}`}
      >
        <span className="flex min-w-0 items-center gap-2">
          <input type="radio" name="shippingLineId" value={l.id} checked={l.id === chosenId} disabled={refused} onChange={() => onChoose(l.id)} className="accent-brand-600" data-testid={`line-${l.id}`} />
          <span className="min-w-0">
            <span className="block font-medium">{l.name}</span>
            <span className="text-xs text-ink-500">{tModes(l.mode)} · {t("days", { min: l.daysMin, max: l.daysMax })}</span>
            {estimate?.pricing ? <span className="block text-xs text-ink-500">{estimate.pricing}</span> : null}
          </span>
        </span>
        <span className={`shrink-0 text-end text-sm font-medium ${refused ? "max-w-[45%] text-red-700" : "text-ink-700"}`} data-testid={`line-estimate-${l.id}`}>
          {estimate ? (estimate.amount ? <span dir="ltr">{estimate.amount}</span> : estimate.reason) : "…"}
        </span>
      </label>
    );
  };

  return (
    <section className="card p-5">
      <h2 className="text-lg font-semibold">{t("shippingLine")}</h2>
      {served.length === 0 ? (
        <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="no-line">{t("noLine")}</p>
      ) : (
        <div className="mt-4 space-y-2">{served.map(row)}</div>
      )}
      {quote?.noUsableLine ? (
        <div className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" data-testid="no-usable-line" role="alert">
          <p className="font-semibold">{tf("noUsable.title")}</p>
          <p className="mt-1">{tf("noUsable.body")}</p>
          <ul className="mt-2 list-disc space-y-1 ps-5">
            <li>
              <Link href="/cart" className="font-medium underline" data-testid="split-order">{tf("noUsable.split")}</Link>
            </li>
            <li>{tf("noUsable.warehouse")}</li>
            {quote.noUsableLine.askListingId ? (
              <li>
                <Link href={`/rfq/new?listing=${quote.noUsableLine.askListingId}`} className="font-medium underline" data-testid="ask-quote">{tf("noUsable.ask")}</Link>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      {others.length ? (
        <details className="mt-4 text-sm" data-testid="other-lines">
          <summary className="cursor-pointer text-ink-500">{tf("otherLines", { count: others.length, country: countryName })}</summary>
          <div className="mt-2 space-y-2">{others.map(row)}</div>
        </details>
      ) : null}
    </section>
  );
}
