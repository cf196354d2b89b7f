import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import type { QuoteView } from "@/lib/rfqs/rfq-details";
import { QuoteCard } from "./quote-card";

interface Props {
  quotes: QuoteView[];
  quantity: number;
  price(fen: number): string;
  locale: Locale;
  emptyLabel: string;
  /** Under the current quote: the buyer's accept form. */
  accept?: ReactNode;
  footnote?: string;
}

/** A request's quotes, newest first: the current one in full colour, older ones marked replaced. */
export async function RfqQuotes({ quotes, quantity, price, locale, emptyLabel, accept, footnote }: Props) {
  if (quotes.length === 0) return <p className="card p-6 text-center text-sm text-ink-500" data-testid="rfq-no-quote">{emptyLabel}</p>;
  const t = await getTranslations({ locale, namespace: "Rfq.quote" });
  const format = await getFormatter({ locale });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="space-y-4">
      {quotes.map((quote) => {
        const state = quote.acceptedAt
          ? t("acceptedOn", { date: format.dateTime(quote.acceptedAt, { dateStyle: "medium" }) })
          : !quote.current
            ? t("superseded")
            : quote.expired
              ? t("expired")
              : t("sentOn", { date: format.dateTime(quote.createdAt, { dateStyle: "medium", timeStyle: "short" }) });
        return (
          <QuoteCard
            key={quote.id}
            quote={quote}
            quantity={quantity}
            price={price}
            tone={quote.acceptedAt ? "accepted" : quote.current && !quote.expired ? "current" : "muted"}
            labels={{
              title: quote.current ? t("current") : t("earlier"),
              state,
              quantity: t("quantity"),
              unitPrice: t("unitPrice"),
              forYou: t("forYou"),
              range: (min, max) => t("range", { min, max }),
              from: (min) => t("from", { min }),
              note: t("note"),
            }}
            facts={[
              { label: t("leadTime"), value: t("days", { count: quote.leadTimeDays }) },
              { label: t("validUntil"), value: day(quote.validUntil) },
            ]}
          >
            {quote.current && footnote ? <p className="text-xs text-ink-500">{footnote}</p> : null}
            {quote.current ? accept : null}
          </QuoteCard>
        );
      })}
    </div>
  );
}
