import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusTabs } from "@/components/portal/status-tabs";
import { RfqStatusBadge } from "@/components/rfq/rfq-status-badge";
import { requestDb } from "@/lib/gate/next";
import type { RfqStatus } from "@/lib/rfqs/rfq-types";
import { Link } from "@/i18n/navigation";
import { requireFactory } from "@/lib/auth/require-factory";
import { formatMoney } from "@/lib/money/format";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { listFactoryRfqs } from "@/lib/rfqs/list-factory-rfqs";
import { rfqStatuses } from "@/lib/rfqs/rfq-status";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Rfq.factory" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FactoryRfqsPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: Promise<{ status?: string }> }) {
  const { locale } = await shopContext(params);
  const factory = await requireFactory(locale, "/factory/rfqs");
  const raw = (await searchParams).status;
  const status = (rfqStatuses as readonly string[]).includes(raw ?? "") ? (raw as RfqStatus) : undefined;
  const t = await getTranslations({ locale, namespace: "Rfq" });
  const tUnits = await getTranslations({ locale, namespace: "Units" });
  const format = await getFormatter({ locale });
  const { items, counts, total } = await listFactoryRfqs(await requestDb(), factory.factoryId, { status }, locale);
  const region = new Intl.DisplayNames([locale], { type: "region" });
  const tabs = [
    { key: "all", label: t("factory.all"), count: total, href: "/factory/rfqs" },
    ...rfqStatuses.map((s) => ({ key: s, label: t(`status.${s}`), count: counts[s], href: `/factory/rfqs?status=${s}` })),
  ];

  return (
    <div className="space-y-5">
      <header>
        <h2 className="text-lg font-bold text-ink-900">{t("factory.title")}</h2>
        <p className="mt-0.5 text-sm text-ink-500">{t("factory.subtitle")}</p>
      </header>
      <StatusTabs tabs={tabs} active={status ?? "all"} label={t("factory.filter")} />
      {items.length === 0 ? (
        <p className="card p-10 text-center text-sm text-ink-500" data-testid="rfq-inbox-empty">{t("factory.none")}</p>
      ) : (
        <>
        {/* Phones: one card per request. */}
        <ul className="space-y-3 md:hidden">
          {items.map((r) => (
            <li key={r.id}>
              <Link href={`/factory/rfqs/${r.id}`} className="card block p-4" data-testid="rfq-inbox-card" data-number={r.number}>
                <div className="flex items-start gap-3">
                  {r.listing?.photoKey ? (
                    // eslint-disable-next-line @next/next/no-img-element
                    <img src={`/media/${r.listing.photoKey}`} alt="" width={48} height={48} className="h-12 w-12 shrink-0 rounded-lg border border-ink-100 bg-white object-contain" />
                  ) : null}
                  <div className="min-w-0 flex-1">
                    <p className="line-clamp-2 text-sm font-medium text-ink-900" lang={r.listing?.titleLocale}>{r.listing?.title}</p>
                    <p className="mt-0.5 font-mono text-xs text-ink-500">{r.number}</p>
                  </div>
                  <RfqStatusBadge status={r.status} label={t(`status.${r.status}`)} />
                </div>
                <dl className="mt-3 grid grid-cols-2 gap-2 border-t border-ink-100 pt-3 text-xs">
                  <div><dt className="text-ink-500">{t("factory.columns.buyer")}</dt><dd className="font-medium text-ink-900">{r.buyer.company ?? r.buyer.name}</dd></div>
                  <div className="text-end"><dt className="text-ink-500">{t("factory.columns.quantity")}</dt><dd className="font-medium tabular-nums text-ink-900">{`${r.quantity.toLocaleString(locale)} ${tUnits((r.listing?.unit ?? "piece") as "piece", { count: r.quantity })}`}</dd></div>
                  <div><dt className="text-ink-500">{t("factory.columns.target")}</dt><dd className="font-medium tabular-nums text-ink-900"><span dir="ltr">{r.targetUnitPriceFen ? formatMoney(r.targetUnitPriceFen, "CNY", locale) : "—"}</span></dd></div>
                  <div className="text-end"><dt className="text-ink-500">{t("factory.columns.updated")}</dt><dd className="text-ink-700">{format.dateTime(r.updatedAt, { dateStyle: "medium" })}</dd></div>
                </dl>
              </Link>
            </li>
          ))}
        </ul>
        <div className="card hidden overflow-x-auto md:block">
          <table className="w-full min-w-[46rem] text-sm" data-testid="rfq-inbox">
            <thead className="border-b border-ink-100 bg-ink-50/70 text-xs text-ink-500">
              <tr>
                <th className="px-4 py-2.5 text-start font-medium">{t("factory.columns.product")}</th>
                <th className="px-4 py-2.5 text-start font-medium">{t("factory.columns.buyer")}</th>
                <th className="px-4 py-2.5 text-end font-medium">{t("factory.columns.quantity")}</th>
                <th className="px-4 py-2.5 text-end font-medium">{t("factory.columns.target")}</th>
                <th className="px-4 py-2.5 text-start font-medium">{t("factory.columns.status")}</th>
                <th className="px-4 py-2.5 text-end font-medium">{t("factory.columns.updated")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-ink-100">
              {items.map((r) => (
                <tr key={r.id} className="hover:bg-ink-50/60" data-testid="rfq-inbox-row" data-number={r.number}>
                  <td className="px-4 py-3">
                    <div className="flex items-center gap-3">
                      {r.listing?.photoKey ? (
                        // eslint-disable-next-line @next/next/no-img-element
                        <img src={`/media/${r.listing.photoKey}`} alt="" width={44} height={44} className="h-11 w-11 shrink-0 rounded-lg border border-ink-100 bg-white object-contain" />
                      ) : null}
                      <div className="min-w-0">
                        <Link href={`/factory/rfqs/${r.id}`} className="line-clamp-1 font-medium text-ink-900 hover:text-brand-700" lang={r.listing?.titleLocale} data-testid="rfq-inbox-link">
                          {r.listing?.title}
                        </Link>
                        <p className="text-xs text-ink-500">
                          <span className="font-mono">{r.number}</span>
                          {r.options ? ` · ${r.options}` : ""}
                          {r.hasAttachment ? ` · ${t("factory.attachment")}` : ""}
                        </p>
                      </div>
                    </div>
                  </td>
                  <td className="px-4 py-3">
                    <p className="font-medium text-ink-900">{r.buyer.company ?? r.buyer.name}</p>
                    <p className="text-xs text-ink-500">{[r.buyer.company ? r.buyer.name : null, r.buyer.country ? region.of(r.buyer.country) : null].filter(Boolean).join(" · ")}</p>
                  </td>
                  <td className="px-4 py-3 text-end tabular-nums">{`${r.quantity.toLocaleString(locale)} ${tUnits((r.listing?.unit ?? "piece") as "piece", { count: r.quantity })}`}</td>
                  <td className="px-4 py-3 text-end tabular-nums"><span dir="ltr">{r.targetUnitPriceFen ? formatMoney(r.targetUnitPriceFen, "CNY", locale) : "—"}</span></td>
                  <td className="px-4 py-3"><RfqStatusBadge status={r.status} label={t(`status.${r.status}`)} /></td>
                  <td className="whitespace-nowrap px-4 py-3 text-end text-xs text-ink-500">{format.dateTime(r.updatedAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </>
      )}
    </div>
  );
}
