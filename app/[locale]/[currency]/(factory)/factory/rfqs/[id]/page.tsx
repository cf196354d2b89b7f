import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DeclineForm } from "@/components/rfq/decline-form";
import { MessageForm } from "@/components/rfq/message-form";
import { MessageThread } from "@/components/rfq/message-thread";
import { QuoteForm } from "@/components/rfq/quote-form";
import { RfqFacts } from "@/components/rfq/rfq-facts";
import { RfqQuotes } from "@/components/rfq/rfq-quotes";
import { RfqStatusBadge } from "@/components/rfq/rfq-status-badge";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { requireFactory } from "@/lib/auth/require-factory";
import { NotFoundError } from "@/lib/errors";
import { formatMoney, minorToDecimalString } from "@/lib/money/format";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { sortTiers, tierForQuantity } from "@/lib/pricing/tiers";
import { getFactoryRfq } from "@/lib/rfqs/get-factory-rfq";
import { addDays, chinaToday, MAX_QUOTE_VALIDITY_DAYS } from "@/lib/rfqs/rfq-schema";
import { canEnd, canMessage, canQuote } from "@/lib/rfqs/rfq-status";
import { postFactoryMessageAction } from "@/components/rfq/actions";

type Params = Promise<ShopParams & { id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Rfq.factory" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FactoryRfqPage({ params }: { params: Params }) {
  const { locale } = await shopContext(params);
  const { id } = await params;
  const factory = await requireFactory(locale, `/factory/rfqs/${id}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const detail = await getFactoryRfq(await requestDb(), factory.factoryId, Number(id), locale).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations({ locale, namespace: "Rfq" });
  const tUnits = await getTranslations({ locale, namespace: "Units" });
  const format = await getFormatter({ locale });
  const tTranslate = await getTranslations({ locale, namespace: "RfqTranslate" });
  const translateLabels = { translate: tTranslate("translate"), translating: tTranslate("translating"), rough: tTranslate.raw("rough") as string, unavailable: tTranslate.raw("unavailable") as string, failed: tTranslate("failed"), locale };
  const { rfq, listing, buyer } = detail;
  const yuan = (fen: number) => formatMoney(fen, "CNY", locale);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const region = buyer.country ? new Intl.DisplayNames([locale], { type: "region" }).of(buyer.country) : null;

  // The form starts from the last quote, else from the listing's own tiers from the asked quantity up.
  const today = chinaToday();
  const last = detail.quotes[0];
  const tiers = sortTiers(last?.tiers ?? listing.tiers);
  const reached = tierForQuantity(tiers, rfq.quantity) ?? tiers[0];
  const startTiers = last
    ? tiers
    : [{ minQty: rfq.quantity, unitPriceFen: reached?.unitPriceFen ?? 0 }, ...tiers.filter((tier) => tier.minQty > rfq.quantity)];
  const listed = tierForQuantity(sortTiers(listing.tiers), rfq.quantity) ?? sortTiers(listing.tiers)[0];

  return (
    <div className="space-y-5">
      <nav className="text-sm text-ink-500"><Link href="/factory/rfqs" className="hover:text-brand-700">{t("factory.back")}</Link></nav>
      <header className="flex flex-wrap items-center gap-3">
        <h2 className="font-mono text-xl font-bold tracking-tight" data-testid="rfq-number">{rfq.number}</h2>
        <RfqStatusBadge status={rfq.status} label={t(`status.${rfq.status}`)} />
        <span className="text-sm text-ink-500">{t("factory.receivedOn", { date: date(rfq.createdAt) })}</span>
      </header>

      {/* Phones: what was asked first, then the quote, the thread and the decline button. */}
      <div className="grid gap-5 xl:grid-cols-[1fr_20rem] xl:grid-rows-[auto_1fr]">
        <div className="xl:col-start-2 xl:row-start-1">
          <RfqFacts
            detail={detail}
            locale={locale}
            title={t("detail.request")}
            target={rfq.targetUnitPriceFen ? yuan(rfq.targetUnitPriceFen) : null}
            unit={(count) => tUnits(listing.unit as "piece", { count })}
            attachmentUrl={rfq.attachmentKey ? `/api/rfqs/${rfq.id}/attachment` : null}
            party={{ label: t("detail.buyer"), value: buyer.company ?? buyer.name, detail: [buyer.company ? buyer.name : null, region].filter(Boolean).join(" · ") }}
          />
        </div>
        <div className="min-w-0 space-y-5 xl:col-start-1 xl:row-span-2 xl:row-start-1">
          {canQuote(rfq.status) ? (
            <section className="card p-5" aria-labelledby="quote-form-title">
              <h3 id="quote-form-title" className="text-base font-semibold">{last ? t("factory.requoteTitle") : t("factory.quoteTitle")}</h3>
              <p className="mt-0.5 text-xs text-ink-500">
                {t("factory.listedPrice", { price: listed ? yuan(listed.unitPriceFen) : "—" })}
                {rfq.targetUnitPriceFen ? ` · ${t("factory.buyerTarget", { price: yuan(rfq.targetUnitPriceFen) })}` : ""}
              </p>
              <div className="mt-4">
                <ClientMessages locale={locale} namespaces={["Rfq"]}>
                  <QuoteForm
                    rfqId={rfq.id}
                    quantity={rfq.quantity}
                    requote={Boolean(last)}
                    defaults={{
                      tiers: startTiers.map((tier) => ({ minQty: tier.minQty, price: tier.unitPriceFen ? minorToDecimalString(tier.unitPriceFen, "CNY") : "" })),
                      leadTimeDays: last?.leadTimeDays ?? 15,
                      validUntil: addDays(today, 14),
                      minDate: today,
                      maxDate: addDays(today, MAX_QUOTE_VALIDITY_DAYS),
                    }}
                  />
                </ClientMessages>
              </div>
            </section>
          ) : null}

          {detail.quotes.length ? (
            <section className="space-y-3" aria-labelledby="quotes-title">
              <h3 id="quotes-title" className="text-base font-semibold">{t("factory.sentQuotes")}</h3>
              <RfqQuotes quotes={detail.quotes} quantity={rfq.quantity} price={yuan} locale={locale} emptyLabel="" />
            </section>
          ) : null}

          <section className="card p-5">
            <h3 className="font-semibold">{t("thread.title")}</h3>
            <div className="mt-4">
              <MessageThread messages={detail.messages} viewer="factory" formatDate={date} labels={{ own: t("thread.you"), other: buyer.name, none: t("thread.none") }} translate={translateLabels} />
            </div>
            <div className="mt-4">
              {canMessage(rfq.status) ? (
                <ClientMessages locale={locale} namespaces={["Rfq"]}>
                  <MessageForm rfqId={rfq.id} action={postFactoryMessageAction} />
                </ClientMessages>
              ) : (
                <p className="text-sm text-ink-500">{t("thread.closed")}</p>
              )}
            </div>
          </section>
        </div>

        {canEnd(rfq.status) ? (
          <div className="xl:col-start-2 xl:row-start-2 xl:self-start">
            <ClientMessages locale={locale} namespaces={["Rfq"]}>
              <DeclineForm rfqId={rfq.id} />
            </ClientMessages>
          </div>
        ) : null}
      </div>
    </div>
  );
}
