import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import type { CategoryNode } from "@/lib/catalog/categories";
import type { Currency } from "@/lib/money/currencies";
import { CategoryBar } from "./category-bar";
import { CurrencySwitcher } from "./currency-switcher";
import { AccountNav } from "./account-nav";
import { LocaleSwitcher } from "./locale-switcher";
import { LogoMark } from "./logo";
import { SearchBox } from "@/components/search/search-box";

export async function SiteHeader({
  locale,
  currency,
  categories,
}: {
  locale: Locale;
  currency: Currency;
  categories: CategoryNode[];
}) {
  const t = await getTranslations({ locale, namespace: "Header" });
  const tFactory = await getTranslations({ locale, namespace: "Onboarding" });
  const tSearch = await getTranslations({ locale, namespace: "BuyerSearch" });
  const tAdmin = await getTranslations({ locale, namespace: "Admin" });
  const tLooks = await getTranslations({ locale, namespace: "Looks" });
  return (
    <header className="sticky top-0 z-30 border-b border-ink-100 bg-white/95 backdrop-blur">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <div className="container-page flex flex-wrap items-center gap-x-4 gap-y-3 py-3">
        <Link href="/" className="flex shrink-0 items-center gap-2.5">
          <LogoMark />
          {/* The link's name where a phone shows the mark alone (the brand, as written everywhere). */}
          <span className="sr-only sm:hidden">Haozao</span>
          {/* On a phone the mark alone: the bar and the search box are the header's two rows. */}
          <span className="hidden flex-col leading-tight sm:flex">
            <span className="text-lg font-bold tracking-tight text-ink-900">Haozao</span>
            <span className="hidden text-[11px] text-ink-500 sm:block">{t("tagline")}</span>
          </span>
        </Link>
        <div className="order-3 w-full min-w-0 md:order-none md:ms-4 md:w-auto md:flex-1">
          <SearchBox factoryLabel={tSearch("factoryBadge")} />
        </div>
        <div className="ms-auto flex items-center gap-2 md:ms-0">
          <LocaleSwitcher />
          <CurrencySwitcher currency={currency} />
          <AccountNav openFactoryLabel={tFactory("signUpLink")} adminLabel={tAdmin("headerLink")} />
        </div>
      </div>
      {/* Phones reach the categories from the home page: a third row would cover a fifth of the screen. */}
      <div className="hidden sm:block">
        <CategoryBar
          items={categories.map((c) => ({ id: c.id, slug: c.slug, icon: c.icon, name: c.name }))}
          label={t("allCategories")}
          back={tLooks("categoriesBack")}
          forward={tLooks("categoriesForward")}
        />
      </div>
    </header>
  );
}
