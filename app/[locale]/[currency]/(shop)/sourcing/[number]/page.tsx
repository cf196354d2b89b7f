import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcceptQuoteForm } from "@/components/rfq/accept-quote-form";
import { RfqStatusBadge } from "@/components/rfq/rfq-status-badge";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { cachedCategoryTree } from "@/lib/catalog/cached";
import { findCategory } from "@/lib/catalog/categories";
import { NotFoundError } from "@/lib/errors";
import { convertFromCny, lineTotal } from "@/lib/money/convert";
import { formatMoney } from "@/lib/money/format";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { sortTiers, tierForQuantity } from "@/lib/pricing/tiers";
import { defaultCountryFor, servedCountries } from "@/lib/shipping/countries";
import { getSourcingRequest } from "@/lib/sourcing/get-sourcing-request";

export const dynamic = "force-dynamic";
type Params = Promise<ShopParams & { number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Sourcing.detail" });
  return { title: t("title", { number: decodeURIComponent((await params).number) }), robots: { index: false } };
}

export default async function SourcingRequestPage({ params, searchParams }: { params: Params; searchParams: Promise<{ sent?: string }> }) {
  const { locale, currency, rate } = await shopContext(params);
  const number = decodeURIComponent((await params).number);
  if (!/^SR[0-9A-F]{6,20}$/.test(number)) notFound();
  const user = await requireUser(locale, `/sourcing/${number}`);
  const country = (servedCountries as readonly string[]).includes(user.country ?? "") ? user.country! : defaultCountryFor(locale);
  const view = await getSourcingRequest(await requestDb(), user.id, number, { locale, currency, ratePerCny: rate.ratePerCny, country }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { sent } = await searchParams;
  const t = await getTranslations({ locale, namespace: "Sourcing.detail" });
  const tRfq = await getTranslations({ locale, namespace: "Rfq" });
  const category = findCategory(await cachedCategoryTree(locale), { id: view.request.categoryId })?.node.name ?? "";
  const countryName = new Intl.DisplayNames([locale], { type: "region" }).of(country) ?? country;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const fen = (amount: number) => money(convertFromCny(amount, rate.ratePerCny, currency));
  const cheapest = view.answers.find((a) => a.landedUnitMinor != null);

  return (
    <div className="container-page py-8">
      <nav className="text-sm text-ink-500"><Link href="/rfqs" className="hover:text-brand-700">{tRfq("list.title")}</Link></nav>
      <h1 className="mt-2 font-mono text-2xl font-bold tracking-tight" data-testid="sourcing-number">{view.request.number}</h1>
      <p className="mt-1 text-sm text-ink-500">{t("sentTo", { count: view.answers.length, category })}</p>
      {sent ? <p className="mt-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="sourcing-sent">{t("sent")}</p> : null}

      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="compare-title" className="min-w-0">
          <h2 id="compare-title" className="text-lg font-semibold">{t("compareTitle")}</h2>
          <p className="mt-1 text-xs text-ink-500">
            {t("compareHint", { country: countryName, quantity: view.request.quantity.toLocaleString(locale), warehouse: view.warehouse?.name ?? "—" })}
          </p>
          <ol className="mt-4 grid gap-4 md:grid-cols-2" data-testid="sourcing-quotes">
            {view.answers.map((answer) => {
              const { detail, quote } = answer;
              const tier = quote ? (tierForQuantity(sortTiers(quote.tiers), answer.quantity) ?? sortTiers(quote.tiers)[0]) : null;
              const acceptable = quote && tier && detail.rfq.status === "quoted";
              const best = cheapest && answer === cheapest;
              return (
                <li key={detail.rfq.id} className={`card flex flex-col gap-3 p-4 ${best ? "ring-2 ring-emerald-500" : ""}`} data-testid="sourcing-quote" data-landed={answer.landedUnitMinor ?? ""}>
                  <div className="flex items-start justify-between gap-2">
                    <div className="min-w-0">
                      <p className="font-semibold">{detail.factory.name}</p>
                      <p className="line-clamp-1 text-xs text-ink-500" lang={detail.listing.titleLocale}>{detail.listing.title}</p>
                    </div>
                    <RfqStatusBadge status={detail.rfq.status} label={tRfq(`status.${detail.rfq.status}`)} />
                  </div>
                  {best ? <p className="w-fit rounded-md bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800">{t("cheapest")}</p> : null}
                  {quote && tier ? (
                    <dl className="grid grid-cols-2 gap-2 text-sm">
                      <div><dt className="text-xs text-ink-500">{t("unitPrice")}</dt><dd className="font-medium tabular-nums" dir="ltr">{fen(tier.unitPriceFen)}</dd></div>
                      <div>
                        <dt className="text-xs text-ink-500">{t("landed")}</dt>
                        <dd className="text-lg font-bold tabular-nums text-brand-700" dir="ltr" data-testid="sourcing-landed">
                          {answer.landedUnitMinor != null ? money(answer.landedUnitMinor) : <span className="text-xs font-normal text-red-700">{t("noLine", { country: countryName })}</span>}
                        </dd>
                      </div>
                      <div><dt className="text-xs text-ink-500">{t("leadTime")}</dt><dd>{t("days", { count: quote.leadTimeDays })}</dd></div>
                    </dl>
                  ) : (
                    <p className="text-sm text-ink-500">{t("waiting")}</p>
                  )}
                  {acceptable ? (
                    <ClientMessages locale={locale} namespaces={["Rfq"]}>
                      <AcceptQuoteForm
                        rfqId={detail.rfq.id}
                        quoteId={quote.id}
                        variants={!detail.sku && detail.variants.length > 1 ? detail.variants.map((v) => ({ id: v.id, label: v.options || v.code })) : []}
                        summary={tRfq("quote.acceptHint", {
                          quantity: answer.quantity.toLocaleString(locale),
                          price: fen(tier.unitPriceFen),
                          total: formatMoney(lineTotal(tier.unitPriceFen, answer.quantity, rate.ratePerCny, currency), currency, locale),
                        })}
                      />
                    </ClientMessages>
                  ) : null}
                  <Link href={`/rfqs/${detail.rfq.number}`} className="mt-auto text-sm font-medium text-brand-700 hover:underline">{t("thread")}</Link>
                </li>
              );
            })}
          </ol>
        </section>
        <aside className="card h-fit space-y-2 p-5 text-sm">
          <h2 className="font-semibold">{t("request")}</h2>
          {view.request.link ? (
            <p><span className="text-ink-500">{t("link")}: </span><a href={view.request.link} rel="noreferrer nofollow" target="_blank" className="break-all text-brand-700 hover:underline" dir="ltr">{view.request.link}</a></p>
          ) : null}
          <p><span className="text-ink-500">{t("quantity")}: </span>{view.request.quantity.toLocaleString(locale)}</p>
          {view.request.targetUnitPriceFen ? <p><span className="text-ink-500">{t("target")}: </span><span dir="ltr">{fen(view.request.targetUnitPriceFen)}</span></p> : null}
          {view.request.notes ? <p className="whitespace-pre-line text-ink-700">{view.request.notes}</p> : null}
        </aside>
      </div>
    </div>
  );
}
