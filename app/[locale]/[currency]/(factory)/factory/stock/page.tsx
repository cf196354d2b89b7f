import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CsvImportForm } from "@/components/factory-portal/csv-import-form";
import { StockGrid, type StockGridRow } from "@/components/factory-portal/stock-grid";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requestDb } from "@/lib/gate/next";
import { getPathname, Link } from "@/i18n/navigation";
import { requireFactory } from "@/lib/auth/require-factory";
import { LOW_STOCK_THRESHOLD } from "@/lib/factories/dashboard";
import { listStockRows } from "@/lib/listings/list-stock-rows";
import { formatMoney } from "@/lib/money/format";
import { shopContext, type ShopParams } from "@/lib/page-context";

type SearchParams = Promise<{ q?: string; low?: string; page?: string }>;

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Stock" });
  return { title: t("title"), robots: { index: false } };
}

export default async function StockPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: SearchParams }) {
  const { locale } = await shopContext(params);
  const { factoryId } = await requireFactory(locale, "/factory/stock");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : "";
  const lowOnly = sp.low === "1";
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  const result = await listStockRows(await requestDb(), factoryId, locale, { q, lowOnly, page });
  const t = await getTranslations({ locale, namespace: "Stock" });
  const tAxes = await getTranslations({ locale, namespace: "Axes" });
  const money = (fen: number) => formatMoney(fen, "CNY", locale);

  const rows: StockGridRow[] = result.rows.map((r) => ({
    skuId: r.skuId,
    listingId: r.listingId,
    draft: r.listingStatus === "draft",
    title: r.title?.text ?? `#${r.listingId}`,
    titleLocale: r.title?.locale ?? "zh",
    options: r.options.map((o) => `${tAxes.has(o.axis as "color") ? tAxes(o.axis as "color") : o.axis}: ${o.label}`).join(" · "),
    code: r.code,
    stock: r.stock,
    reserved: r.reserved,
    priceDeltaFen: r.priceDeltaFen,
    tiers: r.tiers.map((tier) => ({ minQty: tier.minQty, unitPriceFen: tier.unitPriceFen })),
    tierSteps: r.tiers.map((tier) => t("tierStep", { qty: tier.minQty, price: money(tier.unitPriceFen) })),
  }));
  const query = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const next = { q: q || undefined, low: lowOnly ? "1" : undefined, page: page > 1 ? String(page) : undefined, ...changes };
    for (const [k, v] of Object.entries(next)) if (v) params.set(k, v);
    const s = params.toString();
    return `/factory/stock${s ? `?${s}` : ""}`;
  };

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold text-ink-900">{t("title")}</h2>
          <p className="max-w-2xl text-sm text-ink-500">{t("subtitle")}</p>
        </div>
        <a href="/api/factory/listings.csv" download className="btn-secondary" data-testid="export-csv">
          <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round"><path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" /></svg>
          {t("export")}
        </a>
      </div>

      <form method="get" action={getPathname({ href: "/factory/stock", locale })} className="card flex flex-wrap items-center gap-3 p-3" role="search" data-testid="stock-filter">
        <label htmlFor="stock-q" className="sr-only">{t("filter.label")}</label>
        <input id="stock-q" name="q" type="search" defaultValue={q} placeholder={t("filter.placeholder")} className="input min-w-0 flex-1 basis-56" />
        <label className="flex items-center gap-2 text-sm text-ink-700">
          <input type="checkbox" name="low" value="1" defaultChecked={lowOnly} className="h-4 w-4 accent-brand-600" data-testid="filter-low" />
          {t("filter.low", { threshold: LOW_STOCK_THRESHOLD })}
        </label>
        <button type="submit" className="btn-primary">{t("filter.apply")}</button>
        {q || lowOnly ? <Link href="/factory/stock" className="text-sm text-ink-500 hover:underline">{t("filter.clear")}</Link> : null}
      </form>

      <p className="text-sm text-ink-500" data-testid="stock-count">{t("count", { count: result.total })}</p>
      <ClientMessages locale={locale} namespaces={["Stock"]}>
        {rows.length === 0 ? (
          <div className="card p-8 text-center text-sm text-ink-500" data-testid="stock-empty">
            {q || lowOnly ? t("emptyFiltered") : t("empty")}
          </div>
        ) : (
          <StockGrid rows={rows} locale={locale} />
        )}

        {result.pages > 1 ? (
          <nav aria-label={t("pages")} className="flex items-center justify-center gap-2 text-sm">
            {page > 1 ? <Link href={query({ page: String(page - 1) })} className="btn-secondary" rel="prev">{t("previous")}</Link> : null}
            <span className="px-2 text-ink-500">{t("pageOf", { page: result.page, pages: result.pages })}</span>
            {page < result.pages ? <Link href={query({ page: String(page + 1) })} className="btn-secondary" rel="next">{t("next")}</Link> : null}
          </nav>
        ) : null}

        <CsvImportForm />
      </ClientMessages>
    </div>
  );
}
