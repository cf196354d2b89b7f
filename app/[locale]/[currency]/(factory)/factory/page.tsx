import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DashboardLists } from "@/components/factory-portal/dashboard-lists";
import { KpiCard, KpiIcons } from "@/components/factory-portal/kpi-card";
import { SalesChart } from "@/components/factory-portal/sales-chart";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { localeDirection } from "@/i18n/locales";
import { requireFactory } from "@/lib/auth/require-factory";
import { bestSellers, dashboardKpis, factoryVerifiedAt, lastDays, LOW_STOCK_THRESHOLD, lowStockSkus, salesByDay } from "@/lib/factories/dashboard";
import { shopContext, type ShopParams } from "@/lib/page-context";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FactoryDashboardPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const { factoryId } = await requireFactory(locale, "/factory");
  const db = await requestDb();
  const period = lastDays(30);
  const series = await salesByDay(db, factoryId, period);
  const [kpis, top, low, verifiedAt] = await Promise.all([
    dashboardKpis(db, factoryId, series),
    bestSellers(db, factoryId, period, locale),
    lowStockSkus(db, factoryId, locale),
    factoryVerifiedAt(db, factoryId),
  ]);
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  const number = new Intl.NumberFormat(locale);
  // Whole yuan on the card (the exact amount is in the chart's table and tooltips).
  const yuan = new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol", minimumFractionDigits: 0, maximumFractionDigits: 0 });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold text-ink-900">{t("title")}</h2>
          <p className="text-sm text-ink-500">{t("period")}</p>
        </div>
        <Link href="/factory/listings" className="btn-secondary">{t("manageListings")}</Link>
      </div>

      {verifiedAt ? null : (
        <div className="flex items-start gap-3 rounded-2xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900" data-testid="verification-pending">
          <span aria-hidden className="mt-0.5 text-base">⏳</span>
          <div>
            <p className="font-semibold">{t("pendingTitle")}</p>
            <p className="mt-0.5">{t("pendingText")}</p>
          </div>
        </div>
      )}

      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <KpiCard testId="kpi-orders" label={t("kpi.orders")} value={number.format(kpis.orders)} hint={t("kpi.ordersHint")} icon={KpiIcons.orders} />
        <KpiCard testId="kpi-revenue" label={t("kpi.revenue")} value={yuan.format(Math.round(kpis.revenueFen / 100))} hint={t("kpi.revenueHint")} icon={KpiIcons.revenue} />
        <KpiCard testId="kpi-units" label={t("kpi.units")} value={number.format(kpis.units)} hint={t("kpi.unitsHint", { listings: kpis.activeListings })} icon={KpiIcons.units} />
        {/* TODO(rfq): show the count of open requests for quotation once the RFQ tables exist on this branch (db/schema has none yet); until then, purchase orders awaiting acceptance. */}
        <KpiCard
          testId="kpi-awaiting"
          label={t("kpi.awaiting")}
          value={number.format(kpis.awaitingAcceptance)}
          hint={<Link href="/factory/purchase-orders" className="font-medium text-brand-700 hover:underline">{t("kpi.awaitingLink")}</Link>}
          icon={KpiIcons.inbox}
          tone={kpis.awaitingAcceptance > 0 ? "attention" : "neutral"}
        />
      </div>

      <section className="card p-4 sm:p-5">
        <SalesChart
          days={series}
          locale={locale}
          rtl={localeDirection(locale) === "rtl"}
          labels={{
            title: t("chart.title"),
            revenue: t("chart.revenue"),
            orders: t("chart.orders"),
            day: t("chart.day"),
            empty: t("chart.empty"),
            tooltip: ({ orders, revenue }) => t("chart.tooltip", { orders, revenue }),
          }}
        />
      </section>

      <DashboardLists locale={locale} top={top} low={low} threshold={LOW_STOCK_THRESHOLD} hasListings={kpis.activeListings > 0} />
    </div>
  );
}
