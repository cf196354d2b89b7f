import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import type { CategoryNode } from "@/lib/catalog/categories";
import type { Rate } from "@/lib/money/convert";
import { rateSourceLabel } from "@/lib/money/rate-sources";
import { LogoMark } from "./logo";

export async function SiteFooter({ locale, categories, rate }: { locale: Locale; categories: CategoryNode[]; rate: Rate }) {
  const t = await getTranslations({ locale, namespace: "Footer" });
  const tLooks = await getTranslations({ locale, namespace: "Looks" });
  const format = await getFormatter({ locale });
  return (
    <footer className="mt-16 border-t border-ink-100 bg-white">
      <div className="container-page grid grid-cols-1 gap-10 py-12 md:grid-cols-[2fr_3fr]">
        <div>
          <div className="flex items-center gap-2">
            <LogoMark className="h-8 w-8" />
            <span className="text-lg font-bold">Haozao</span>
          </div>
          <p className="mt-4 max-w-md text-sm leading-6 text-ink-500">{t("about")}</p>
          <p className="mt-4 text-xs text-ink-500" data-testid="footer-rates">
            {rate.currency === "CNY"
              ? tLooks("pricesInCny")
              : t("rates", { date: format.dateTime(new Date(rate.fetchedAt), { dateStyle: "medium" }), source: rateSourceLabel(rate.source, tLooks) })}
          </p>
        </div>
        <div>
          <h2 className="text-sm font-semibold text-ink-900">{t("categories")}</h2>
          <ul className="mt-4 grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={`/c/${c.slug}`} className="text-ink-500 hover:text-brand-600">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className="border-t border-ink-100 py-5 text-center text-xs text-ink-500">{t("rights", { year: new Date(rate.fetchedAt).getUTCFullYear() })}</div>
    </footer>
  );
}
