import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyButton } from "@/components/admin/verify-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/require-member";
import { listFactoriesForReview, REVIEW_PAGE_SIZE, type ReviewFilter } from "@/lib/factories/list-factories-for-review";
import { provinceLabel } from "@/lib/factories/provinces";
import { shopContext, type ShopParams } from "@/lib/page-context";

type SearchParams = Promise<{ show?: string; page?: string }>;
const FILTERS: ReviewFilter[] = ["all", "unverified", "verified"];

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("factories.title"), robots: { index: false } };
}

export default async function AdminFactoriesPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: SearchParams }) {
  const { locale } = await shopContext(params);
  await requireMember(locale, "platform", "/admin/factories");
  const sp = await searchParams;
  const filter = FILTERS.find((f) => f === sp.show) ?? "all";
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  const { rows, counts } = await listFactoriesForReview(await requestDb(), { filter, page });
  const t = await getTranslations({ locale, namespace: "Admin" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  const pages = Math.max(1, Math.ceil(counts[filter] / REVIEW_PAGE_SIZE));
  const href = (show: ReviewFilter, p = 1) => `/admin/factories${show === "all" && p === 1 ? "" : `?${new URLSearchParams({ ...(show !== "all" ? { show } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`}`;

  return (
    <div className="space-y-5">
      <div>
        <h2 className="text-lg font-semibold text-ink-900">{t("factories.title")}</h2>
        <p className="max-w-2xl text-sm text-ink-500">{t("factories.subtitle")}</p>
      </div>
      <nav aria-label={t("factories.filter")} className="flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Link
            key={f}
            href={href(f)}
            aria-current={f === filter ? "page" : undefined}
            className={`rounded-full border px-3 py-1.5 text-sm ${f === filter ? "border-brand-500 bg-brand-50 font-semibold text-brand-700" : "border-ink-100 bg-white text-ink-700 hover:border-ink-300"}`}
            data-testid={`admin-filter-${f}`}
          >
            {t(`factories.filters.${f}`)} <span className="ms-1 text-xs text-ink-500">{counts[f]}</span>
          </Link>
        ))}
      </nav>

      <ClientMessages locale={locale} namespaces={["Admin"]}>
        <div className="card overflow-hidden">
          <div className="relative overflow-x-auto">
            <table className="w-full min-w-[56rem] text-sm" data-testid="admin-factories">
              <thead className="bg-ink-50 text-xs font-medium text-ink-500">
                <tr>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("factories.columns.factory")}</th>
                  <th scope="col" className="px-3 py-2.5 text-start">{t("factories.columns.location")}</th>
                  <th scope="col" className="px-3 py-2.5 text-start">{t("factories.columns.licence")}</th>
                  <th scope="col" className="px-3 py-2.5 text-start">{t("factories.columns.owner")}</th>
                  <th scope="col" className="px-3 py-2.5 text-end">{t("factories.columns.listings")}</th>
                  <th scope="col" className="px-3 py-2.5 text-start">{t("factories.columns.status")}</th>
                  <th scope="col" className="px-4 py-2.5 text-end"><span className="sr-only">{t("factories.columns.action")}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-ink-100">
                {rows.map((f) => (
                  <tr key={f.id} data-testid="admin-factory" data-factory-id={f.id} data-name={f.nameEn}>
                    <td className="max-w-72 px-4 py-3 align-top">
                      <Link href={`/f/${f.id}`} className="font-medium text-ink-900 hover:text-brand-700 hover:underline" lang="zh">{f.nameZh}</Link>
                      <p className="text-xs text-ink-500" lang="en">{f.nameEn}</p>
                      <p className="mt-0.5 text-xs text-ink-500">{t("factories.registered", { date: date.format(f.createdAt) })}</p>
                    </td>
                    <td className="px-3 py-3 align-top text-ink-700">
                      {f.city}, {provinceLabel(f.province, locale)}
                      {f.foundedYear ? <p className="text-xs text-ink-500">{t("factories.founded", { year: String(f.foundedYear) })}</p> : null}
                    </td>
                    <td className="px-3 py-3 align-top font-mono text-xs text-ink-700" dir="ltr">{f.licenceNumber ?? "–"}</td>
                    <td className="max-w-48 truncate px-3 py-3 align-top text-xs text-ink-700" dir="ltr">{f.owner ?? "–"}</td>
                    <td className="px-3 py-3 text-end align-top tabular-nums text-ink-700">{f.listings}</td>
                    <td className="px-3 py-3 align-top">
                      {f.verifiedAt ? (
                        <span className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-emerald-50 px-2.5 py-1 text-xs font-semibold text-emerald-700" data-testid="factory-status" data-verified="1">
                          ✓ {t("factories.verifiedSince", { date: date.format(f.verifiedAt) })}
                        </span>
                      ) : (
                        <span className="whitespace-nowrap rounded-full bg-amber-50 px-2.5 py-1 text-xs font-semibold text-amber-800" data-testid="factory-status" data-verified="0">
                          {t("factories.awaiting")}
                        </span>
                      )}
                    </td>
                    <td className="px-4 py-3 text-end align-top">
                      <VerifyButton factoryId={f.id} verified={f.verifiedAt !== null} name={f.nameEn} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length === 0 ? <p className="p-8 text-center text-sm text-ink-500">{t("factories.empty")}</p> : null}
        </div>
      </ClientMessages>

      {pages > 1 ? (
        <nav aria-label={t("factories.pages")} className="flex items-center justify-center gap-2 text-sm">
          {page > 1 ? <Link href={href(filter, page - 1)} className="btn-secondary" rel="prev">{t("factories.previous")}</Link> : null}
          <span className="px-2 text-ink-500">{t("factories.pageOf", { page, pages })}</span>
          {page < pages ? <Link href={href(filter, page + 1)} className="btn-secondary" rel="next">{t("factories.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
