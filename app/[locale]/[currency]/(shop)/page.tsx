import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/seo/json-ld";
import { ListingCard, ListingGrid } from "@/components/catalog/listing-card";
import { FactoryTile } from "@/components/factory/factory-tile";
import { Link } from "@/i18n/navigation";
import { cachedCategoryTree, cachedFactories, cachedListingCards } from "@/lib/catalog/cached";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { Photo } from "@/components/ui/photo";
import { publicPageMetadata } from "@/lib/seo/public-metadata";
import { homeGraph, SITE_NAME } from "@/lib/seo/structured-data";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    ...publicPageMetadata({ locale, path: "/", title: t("title"), description: t("description"), siteName: SITE_NAME }),
    // The home page's title is the whole brand line, without the " · Haozao" template.
    title: { absolute: t("title") },
  };
}

export default async function HomePage({ params }: { params: Promise<ShopParams> }) {
  const { locale, currency, rate } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  const tMeta = await getTranslations({ locale, namespace: "Metadata" });
  const [categories, featured, fresh, allFactories] = await Promise.all([
    cachedCategoryTree(locale),
    cachedListingCards(locale, {}, { sort: "popular", limit: 10 }),
    cachedListingCards(locale, {}, { sort: "newest", limit: 10 }),
    cachedFactories(locale, 100),
  ]);
  const factories = allFactories.slice(0, 6);
  const listingTotal = categories.reduce((sum, c) => sum + c.listingCount, 0);
  const trust = [
    { icon: "🛡️", title: t("trustVerified"), text: t("trustVerifiedText") },
    { icon: "🔍", title: t("trustQc"), text: t("trustQcText") },
    { icon: "📦", title: t("trustOneParcel"), text: t("trustOneParcelText") },
    { icon: "💳", title: t("trustPay"), text: t("trustPayText") },
  ];

  return (
    <div className="space-y-12 pb-4">
      <JsonLd data={homeGraph(locale, tMeta("description"))} />
      <section className="relative overflow-hidden bg-gradient-to-br from-brand-600 via-brand-500 to-amber-400 text-white">
        <div aria-hidden className="absolute -end-24 -top-24 h-96 w-96 rounded-full bg-white/10" />
        <div aria-hidden className="absolute -bottom-32 end-1/3 h-80 w-80 rounded-full bg-white/10" />
        <div className="container-page relative grid grid-cols-1 gap-8 py-12 md:grid-cols-[3fr_2fr] md:py-16">
          <div>
            <h1 className="max-w-xl text-3xl font-bold leading-tight tracking-tight md:text-5xl">{t("heroTitle")}</h1>
            <p className="mt-4 max-w-xl text-base text-white/90 md:text-lg">
              {t("heroSubtitle", { listings: listingTotal, factories: allFactories.length })}
            </p>
            <div className="mt-6 flex flex-wrap gap-3">
              <a href="#categories" className="btn bg-white text-brand-700 hover:bg-brand-50">
                {t("heroCta")}
              </a>
              <a href="#new" className="btn border border-white/60 text-white hover:bg-white/10">
                {t("heroSecondary")}
              </a>
            </div>
          </div>
          <div className="hidden grid-cols-3 gap-3 md:grid">
            {featured.items.slice(0, 6).map((card) => (
              <Photo key={card.id} storageKey={card.photoKey ?? ""} size={240} alt="" width={160} height={160} className="aspect-square rounded-2xl object-cover shadow-lg ring-4 ring-white/30" />
            ))}
          </div>
        </div>
      </section>

      <section className="container-page -mt-6">
        <ul className="card grid grid-cols-2 divide-ink-100 md:grid-cols-4 md:divide-x rtl:md:divide-x-reverse">
          {trust.map((item) => (
            <li key={item.title} className="flex items-center gap-3 p-4">
              <span aria-hidden className="text-2xl">{item.icon}</span>
              <span>
                <span className="block text-sm font-semibold">{item.title}</span>
                <span className="block text-xs text-ink-500">{item.text}</span>
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section id="categories" className="container-page scroll-mt-32">
        <h2 className="text-xl font-bold md:text-2xl">{t("categoriesTitle")}</h2>
        <ul className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {categories.map((c) => (
            <li key={c.id}>
              <Link href={`/c/${c.slug}`} className="card flex h-full flex-col items-center gap-2 p-4 text-center transition hover:-translate-y-0.5 hover:border-brand-200 hover:shadow-md">
                <span aria-hidden className="grid h-14 w-14 place-items-center rounded-2xl bg-brand-50 text-3xl">{c.icon}</span>
                <span className="text-sm font-semibold leading-tight text-ink-900">{c.name}</span>
                <span className="text-xs text-ink-500">{t("productCount", { count: c.listingCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="container-page">
        <h2 className="text-xl font-bold md:text-2xl">{t("featuredTitle")}</h2>
        <div className="mt-5">
          <ListingGrid>
            {featured.items.map((card, i) => (
              <ListingCard key={card.id} card={card} locale={locale} currency={currency} rate={rate} priority={i < 5} />
            ))}
          </ListingGrid>
        </div>
      </section>

      <section className="container-page">
        <h2 className="text-xl font-bold md:text-2xl">{t("factoriesTitle")}</h2>
        <div className="mt-5 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {factories.map((f) => (
            <FactoryTile key={f.id} factory={f} locale={locale} />
          ))}
        </div>
      </section>

      <section id="new" className="container-page scroll-mt-32">
        <h2 className="text-xl font-bold md:text-2xl">{t("newTitle")}</h2>
        <div className="mt-5">
          <ListingGrid>
            {fresh.items.map((card) => (
              <ListingCard key={card.id} card={card} locale={locale} currency={currency} rate={rate} />
            ))}
          </ListingGrid>
        </div>
      </section>
    </div>
  );
}
