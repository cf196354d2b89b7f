import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalog/pagination";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ListingRowActions } from "@/components/listings/listing-row-actions";
import { StatusBadge } from "@/components/listings/status-badge";
import { LocaleChips, OriginLegend } from "@/components/listings/translation-chips";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { locales } from "@/i18n/locales";
import { requireFactory } from "@/lib/auth/require-factory";
import { listFactoryListings, listingStatuses, type FactoryListingRow, type ListingStatus, type TranslationState } from "@/lib/listings/list-factory-listings";
import { formatMoney } from "@/lib/money/format";
import { shopContext, type ShopParams } from "@/lib/page-context";

const PAGE_SIZE = 20;
type Search = Promise<{ status?: string; q?: string; page?: string }>;

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "FactoryListings" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FactoryListingsPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: Search }) {
  const { locale } = await shopContext(params);
  const factory = await requireFactory(locale, "/factory/listings");
  const query = await searchParams;
  const status = listingStatuses.find((s) => s === query.status);
  const q = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const page = Math.max(1, Math.min(1000, Number(query.page) || 1));
  const result = await listFactoryListings(await requestDb(), factory.factoryId, { status, q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const t = await getTranslations({ locale, namespace: "FactoryListings" });
  const tEditor = await getTranslations({ locale, namespace: "ListingEditor" });
  const tUnits = await getTranslations({ locale, namespace: "Units" });
  const format = await getFormatter({ locale });
  const href = (change: { status?: ListingStatus | null; page?: number }) => {
    const s = change.status === undefined ? status : change.status ?? undefined;
    const search = new URLSearchParams();
    if (s) search.set("status", s);
    if (q) search.set("q", q);
    if (change.page && change.page > 1) search.set("page", String(change.page));
    const text = search.toString();
    return `/factory/listings${text ? `?${text}` : ""}`;
  };
  const originLabels = Object.fromEntries((["source", "human", "machine", "missing"] as const).map((o) => [o, tEditor(`origin.${o}`)])) as Record<TranslationState, string>;
  const statusLabel = (s: ListingStatus) => tEditor(`status.${s}`);
  const price = (row: FactoryListingRow) =>
    row.priceMinFen === null
      ? "—"
      : row.priceMinFen === row.priceMaxFen
        ? formatMoney(row.priceMinFen, "CNY", locale)
        : `${formatMoney(row.priceMinFen, "CNY", locale)} – ${formatMoney(row.priceMaxFen!, "CNY", locale)}`;
  const chips = (row: FactoryListingRow) => {
    const states = locales.map((l) => ({ locale: l, origin: row.translations[l] }));
    const done = states.filter((s) => s.origin !== "missing").length;
    return <LocaleChips states={states} labels={originLabels} countLabel={t("completeness", { done, total: locales.length })} />;
  };
  const tabs = [{ key: null, label: t("filter.all"), count: result.counts.all }, ...listingStatuses.map((s) => ({ key: s, label: statusLabel(s), count: result.counts[s] }))];

  return (
    <ClientMessages locale={locale} namespaces={["FactoryListings", "ListingEditor"]}>
      <div className="space-y-4" data-testid="factory-listings">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 className="text-xl font-bold text-ink-900">{t("title")}</h2>
            <p className="text-sm text-ink-500">{t("subtitle", { count: result.counts.all })}</p>
          </div>
          <Link href="/factory/listings/new" className="btn-primary" data-testid="new-listing">+ {t("new")}</Link>
        </div>

        <div className="card flex flex-col gap-3 p-3 sm:flex-row sm:items-center sm:justify-between">
          <nav aria-label={t("filter.label")} className="-mx-1 flex gap-1 overflow-x-auto px-1 text-sm">
            {tabs.map((tab) => {
              const active = (tab.key ?? undefined) === status;
              return (
                <Link
                  key={tab.key ?? "all"}
                  href={href({ status: tab.key, page: 1 })}
                  aria-current={active ? "page" : undefined}
                  data-testid={`filter-${tab.key ?? "all"}`}
                  className={`flex shrink-0 items-center gap-1.5 rounded-lg px-3 py-1.5 ${active ? "bg-ink-900 font-semibold text-white" : "text-ink-700 hover:bg-ink-50"}`}
                >
                  {tab.label}
                  <span className={`rounded-full px-1.5 text-xs tabular-nums ${active ? "bg-white/20" : "bg-ink-100 text-ink-500"}`}>{tab.count}</span>
                </Link>
              );
            })}
          </nav>
          <form method="get" role="search" className="flex gap-2">
            {status && <input type="hidden" name="status" value={status} />}
            <label htmlFor="listing-q" className="sr-only">{t("search")}</label>
            <input id="listing-q" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} className="input sm:w-64" data-testid="listing-search" />
            <button type="submit" className="btn-secondary shrink-0 whitespace-nowrap">{t("searchButton")}</button>
          </form>
        </div>

        <OriginLegend labels={originLabels} />

        {result.rows.length === 0 ? (
          <div className="card p-10 text-center" data-testid="no-listings">
            <p className="font-medium text-ink-900">{q || status ? t("noMatch") : t("empty")}</p>
            {(q || status) && <Link href="/factory/listings" className="mt-3 inline-block text-sm text-brand-700 hover:underline">{t("clearFilters")}</Link>}
          </div>
        ) : (
          <ul className="card divide-y divide-ink-100" data-testid="listing-rows">
            {result.rows.map((row) => (
              <li key={row.id} className="grid gap-3 p-3 sm:p-4 md:grid-cols-[4rem_minmax(0,1fr)_auto] md:items-center" data-testid="listing-row" data-listing-id={row.id} data-status={row.status}>
                <Link href={`/factory/listings/${row.id}`} className="hidden md:block" tabIndex={-1} aria-hidden>
                  <Cover row={row} />
                </Link>
                <div className="flex min-w-0 gap-3">
                  <Link href={`/factory/listings/${row.id}`} className="shrink-0 md:hidden" tabIndex={-1} aria-hidden>
                    <Cover row={row} />
                  </Link>
                  <div className="min-w-0 flex-1 space-y-1.5">
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={`/factory/listings/${row.id}`} className="min-w-0 truncate font-medium text-ink-900 hover:text-brand-700" lang={row.sourceLocale} dir="auto" data-testid="row-title">
                        {row.title || t("untitled")}
                      </Link>
                      <StatusBadge status={row.status} label={statusLabel(row.status)} />
                    </div>
                    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-500">
                      <div className="flex gap-1"><dt>{t("price")}</dt><dd className="font-medium text-ink-900" dir="ltr" data-testid="row-price">{price(row)}</dd></div>
                      <div className="flex gap-1"><dt>{t("skus")}</dt><dd className="font-medium text-ink-900 tabular-nums" data-testid="row-skus">{row.skuCount}</dd></div>
                      <div className="flex gap-1"><dt>{t("stock")}</dt><dd className="font-medium text-ink-900 tabular-nums" data-testid="row-stock">{format.number(row.stock)} {tUnits(row.unit as "piece", { count: row.stock })}</dd></div>
                      <div className="flex gap-1"><dt>{t("updated")}</dt><dd>{format.dateTime(row.updatedAt, { dateStyle: "medium" })}</dd></div>
                    </dl>
                    {chips(row)}
                  </div>
                </div>
                <ListingRowActions id={row.id} status={row.status} />
              </li>
            ))}
          </ul>
        )}
        <Pagination locale={locale} page={page} pages={Math.ceil(result.total / PAGE_SIZE)} href={(p) => href({ page: p })} />
      </div>
    </ClientMessages>
  );
}

function Cover({ row }: { row: FactoryListingRow }) {
  return row.coverKey ? (
    // eslint-disable-next-line @next/next/no-img-element
    <img src={`/media/${row.coverKey}`} alt="" width={64} height={64} loading="lazy" className="h-16 w-16 rounded-lg bg-ink-100 object-cover ring-1 ring-ink-100" />
  ) : (
    <span className="flex h-16 w-16 items-center justify-center rounded-lg bg-ink-100 text-xl text-ink-300 ring-1 ring-ink-100" aria-hidden>▢</span>
  );
}
