import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcceptQuoteForm } from "@/components/rfq/accept-quote-form";
import { MessageForm } from "@/components/rfq/message-form";
import { MessageThread } from "@/components/rfq/message-thread";
import { RfqFacts } from "@/components/rfq/rfq-facts";
import { RfqQuotes } from "@/components/rfq/rfq-quotes";
import { RfqStatusBadge } from "@/components/rfq/rfq-status-badge";
import { WithdrawForm } from "@/components/rfq/withdraw-form";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { convertFromCny, lineTotal } from "@/lib/money/convert";
import { formatMoney } from "@/lib/money/format";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { sortTiers, tierForQuantity } from "@/lib/pricing/tiers";
import { getBuyerRfq } from "@/lib/rfqs/get-buyer-rfq";
import { canEnd, canMessage } from "@/lib/rfqs/rfq-status";
import { postBuyerMessageAction } from "@/components/rfq/actions";

export const dynamic = "force-dynamic";
type Params = Promise<ShopParams & { number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Rfq.detail" });
  return { title: t("title", { number: decodeURIComponent((await params).number) }), robots: { index: false } };
}

export default async function BuyerRfqPage({ params, searchParams }: { params: Params; searchParams: Promise<{ sent?: string }> }) {
  const { locale, currency, rate } = await shopContext(params);
  const number = decodeURIComponent((await params).number);
  const user = await requireUser(locale, `/rfqs/${number}`);
  const detail = await getBuyerRfq(await requestDb(), user.id, { number }, locale).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { sent } = await searchParams;
  const t = await getTranslations({ locale, namespace: "Rfq" });
  const tUnits = await getTranslations({ locale, namespace: "Units" });
  const format = await getFormatter({ locale });
  const tTranslate = await getTranslations({ locale, namespace: "RfqTranslate" });
  const translateLabels = { translate: tTranslate("translate"), translating: tTranslate("translating"), rough: tTranslate.raw("rough") as string, unavailable: tTranslate.raw("unavailable") as string, failed: tTranslate("failed"), locale };
  const { rfq, listing } = detail;
  const money = (fen: number) => formatMoney(convertFromCny(fen, rate.ratePerCny, currency), currency, locale);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const current = detail.quotes.find((q) => q.current);
  const acceptable = current && rfq.status === "quoted" && !current.expired;
  // What accepting puts in the cart: the quantity asked, at the break it reaches, converted once per line.
  const tier = current ? (tierForQuantity(sortTiers(current.tiers), rfq.quantity) ?? sortTiers(current.tiers)[0]) : null;
  const cartQuantity = tier ? Math.max(rfq.quantity, tier.minQty) : rfq.quantity;
  const needsVariant = !detail.sku && detail.variants.length > 1;

  return (
    <div className="container-page py-8">
      <nav className="text-sm text-ink-500"><Link href="/rfqs" className="hover:text-brand-700">{t("list.title")}</Link></nav>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-bold tracking-tight" data-testid="rfq-number">{rfq.number}</h1>
        <RfqStatusBadge status={rfq.status} label={t(`status.${rfq.status}`)} />
      </div>
      <p className="mt-1 text-sm text-ink-500">{t("detail.askedOn", { date: date(rfq.createdAt), factory: detail.factory.name })}</p>
      {sent ? <p className="mt-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="rfq-sent">{t("detail.sent")}</p> : null}

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <section className="space-y-4" aria-labelledby="quotes-title">
            <h2 id="quotes-title" className="text-lg font-semibold">{t("quote.title")}</h2>
            <RfqQuotes
              quotes={detail.quotes}
              quantity={rfq.quantity}
              price={(fen) => money(fen)}
              locale={locale}
              emptyLabel={t("quote.none")}
              footnote={t("quote.rateNote", { currency })}
              accept={
                acceptable && tier
                  ? (
                      <ClientMessages locale={locale} namespaces={["Rfq"]}>
                        <AcceptQuoteForm
                          rfqId={rfq.id}
                          quoteId={current.id}
                          variants={needsVariant ? detail.variants.map((v) => ({ id: v.id, label: v.options || v.code })) : []}
                          summary={t("quote.acceptHint", {
                            quantity: cartQuantity.toLocaleString(locale),
                            price: money(tier.unitPriceFen),
                            total: formatMoney(lineTotal(tier.unitPriceFen, cartQuantity, rate.ratePerCny, currency), currency, locale),
                          })}
                        />
                      </ClientMessages>
                    )
                  : null
              }
            />
            {rfq.status === "accepted" ? (
              <p className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-emerald-50 p-4 text-sm text-emerald-900" data-testid="rfq-in-cart">
                {t("quote.inCart")}
                <Link href="/cart" className="btn-secondary">{t("quote.goToCart")}</Link>
              </p>
            ) : null}
          </section>

          <section className="card p-5">
            <h2 className="font-semibold">{t("thread.title")}</h2>
            <div className="mt-4">
              <MessageThread messages={detail.messages} viewer="buyer" formatDate={date} labels={{ own: t("thread.you"), other: detail.factory.name, none: t("thread.none") }} translate={translateLabels} />
            </div>
            <div className="mt-4">
              {canMessage(rfq.status) ? (
                <ClientMessages locale={locale} namespaces={["Rfq"]}>
                  <MessageForm rfqId={rfq.id} action={postBuyerMessageAction} />
                </ClientMessages>
              ) : (
                <p className="text-sm text-ink-500">{t("thread.closed")}</p>
              )}
            </div>
          </section>
        </div>

        <aside className="space-y-6">
          <RfqFacts
            detail={detail}
            locale={locale}
            title={t("detail.request")}
            target={rfq.targetUnitPriceFen ? money(rfq.targetUnitPriceFen) : null}
            unit={(count) => tUnits(listing.unit as "piece", { count })}
            attachmentUrl={rfq.attachmentKey ? `/api/rfqs/${rfq.id}/attachment` : null}
            listingHref={`/p/${listing.id}`}
            party={{ label: t("detail.factory"), value: detail.factory.name }}
          />
          {canEnd(rfq.status) ? (
            <ClientMessages locale={locale} namespaces={["Rfq"]}>
              <WithdrawForm rfqId={rfq.id} />
            </ClientMessages>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
