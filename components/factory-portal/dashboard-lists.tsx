// The dashboard's two lists: best-selling listings of the period and SKUs running low; a new factory
// without listings gets its first steps instead of empty tables.
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import type { BestSeller, LowStockSku } from "@/lib/factories/dashboard";
import { formatMoney } from "@/lib/money/format";
import { photoVariantKey } from "@/lib/photos/photo-sizes";

interface Props {
  locale: Locale;
  top: BestSeller[];
  low: { total: number; rows: LowStockSku[] };
  threshold: number;
  hasListings: boolean;
}

export async function DashboardLists({ locale, top, low, threshold, hasListings }: Props) {
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  const number = new Intl.NumberFormat(locale);
  return (
    <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
      <section className="card p-4 sm:p-5" data-testid="best-sellers">
        <h3 className="text-base font-semibold text-ink-900">{t("best.title")}</h3>
        {top.length === 0 ? (
          <p className="mt-4 rounded-xl bg-ink-50 px-4 py-6 text-center text-sm text-ink-500">{t("best.empty")}</p>
        ) : (
          <ol className="mt-3 divide-y divide-ink-100">
            {top.map((item, i) => (
              <li key={item.listingId} className="flex items-center gap-3 py-2.5" data-testid="best-seller">
                <span className="w-4 shrink-0 text-center text-xs font-semibold text-ink-500">{number.format(i + 1)}</span>
                {item.photoKey ? (
                  <img src={`/media/${photoVariantKey(item.photoKey, 240)}`} alt="" width={44} height={44} loading="lazy" className="h-11 w-11 shrink-0 rounded-lg border border-ink-100 object-cover" />
                ) : (
                  <span aria-hidden className="h-11 w-11 shrink-0 rounded-lg bg-ink-100" />
                )}
                <div className="min-w-0 flex-1">
                  <Link href={`/factory/listings/${item.listingId}`} className="line-clamp-1 text-sm font-medium text-ink-900 hover:text-brand-700 hover:underline" lang={item.title?.locale}>
                    {item.title?.text ?? `#${item.listingId}`}
                  </Link>
                  <p className="text-xs text-ink-500">{t("best.units", { units: item.units })}</p>
                </div>
                <span className="shrink-0 text-sm font-semibold text-ink-900">{formatMoney(item.revenueFen, "CNY", locale)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      {hasListings ? (
        <section className="card p-4 sm:p-5" data-testid="low-stock">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-base font-semibold text-ink-900">{t("low.title")}</h3>
            <Link href="/factory/stock?low=1" className="text-sm font-medium text-brand-700 hover:underline" data-testid="low-stock-all">
              {t("low.all", { count: low.total })}
            </Link>
          </div>
          <p className="mt-0.5 text-xs text-ink-500">{t("low.hint", { threshold })}</p>
          {low.rows.length === 0 ? (
            <p className="mt-4 rounded-xl bg-emerald-50 px-4 py-6 text-center text-sm text-emerald-800">{t("low.none")}</p>
          ) : (
            <ul className="mt-3 divide-y divide-ink-100">
              {low.rows.map((sku) => (
                <li key={sku.skuId} className="flex items-center gap-3 py-2.5" data-testid="low-stock-sku">
                  <div className="min-w-0 flex-1">
                    <p className="line-clamp-1 text-sm text-ink-900" lang={sku.title?.locale}>{sku.title?.text ?? `#${sku.listingId}`}</p>
                    <p className="font-mono text-xs text-ink-500" dir="ltr">{sku.code}</p>
                  </div>
                  <span className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${sku.available <= 0 ? "bg-red-50 text-red-700" : "bg-amber-50 text-amber-800"}`}>
                    {sku.available <= 0 ? t("low.out") : t("low.available", { count: sku.available })}
                  </span>
                  <Link href={`/factory/stock?q=${encodeURIComponent(sku.code)}&low=1`} className="shrink-0 text-sm font-medium text-brand-700 hover:underline">
                    {t("low.restock")}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <section className="card p-4 sm:p-5" data-testid="getting-started">
          <h3 className="text-base font-semibold text-ink-900">{t("start.title")}</h3>
          <ol className="mt-3 space-y-3">
            {[
              { href: "/factory/listings", title: t("start.listing"), text: t("start.listingText") },
              { href: "/factory/team", title: t("start.team"), text: t("start.teamText") },
              { href: "/factory/stock", title: t("start.stock"), text: t("start.stockText") },
            ].map((step, i) => (
              <li key={step.href}>
                <Link href={step.href} className="flex items-start gap-3 rounded-xl border border-ink-100 p-3 hover:border-brand-300 hover:bg-brand-50">
                  <span aria-hidden className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-brand-700 text-xs font-semibold text-white">{number.format(i + 1)}</span>
                  <span>
                    <span className="block text-sm font-medium text-ink-900">{step.title}</span>
                    <span className="block text-xs text-ink-500">{step.text}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
