import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ListingCard, ListingGrid } from "@/components/catalog/listing-card";
import { VerifiedIcon } from "@/components/catalog/verified-badge";
import { ReliabilityPanel, ReliableBadge } from "@/components/reliability/reliability-panel";
import { Link } from "@/i18n/navigation";
import { cachedCategoryTree, cachedFactoryProfile, cachedListingCards } from "@/lib/catalog/cached";
import { findCategory } from "@/lib/catalog/categories";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { serializeCategoryView, viewFromSegment } from "@/lib/catalog/category-view";
import { Pagination } from "@/components/catalog/pagination";
import { JsonLd } from "@/components/seo/json-ld";
import { publicPageMetadata, shortDescription } from "@/lib/seo/public-metadata";
import { breadcrumbList, factoryOrganization, SITE_NAME } from "@/lib/seo/structured-data";
import { cityName, provinceName } from "@/lib/geo/place-names";
import { notFoundMetadata } from "@/lib/not-found-metadata";

type Params = ShopParams & { id: string; view: string };
const PAGE_SIZE = 30;
const factoryId = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);

// Rendered on first request, then cached until revalidated by tag (see lib/catalog/cached.ts).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, currency } = await shopContext(params);
  const { id: rawId, view: segment } = await params;
  const id = factoryId(rawId);
  const factory = id ? await cachedFactoryProfile(id, locale) : null;
  if (!factory) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "Seo" });
  const { page } = viewFromSegment(segment);
  const summary = t("factoryDescription", { name: factory.name, city: factory.city, province: factory.province, count: factory.listingCount });
  return publicPageMetadata({
    locale,
    path: `/f/${factory.id}`,
    canonicalQuery: page > 1 ? `page=${page}` : undefined,
    title: page > 1 ? t("pageTitle", { title: factory.name, page }) : factory.name,
    description: shortDescription(factory.about ? `${summary} ${factory.about.text}` : summary),
    image: { path: `/api/og/${locale}/${currency}/f/${factory.id}`, alt: factory.name },
    siteName: SITE_NAME,
  });
}

export default async function FactoryPage({ params }: { params: Promise<Params> }) {
  const { locale, currency, rate } = await shopContext(params);
  const { id: rawId, view: segment } = await params;
  const id = factoryId(rawId);
  const factory = id ? await cachedFactoryProfile(id, locale) : null;
  if (!factory) notFound();
  const view = viewFromSegment(segment);
  const [tree, listings] = await Promise.all([
    cachedCategoryTree(locale),
    cachedListingCards(locale, { factoryId: factory.id }, { sort: view.sort, limit: PAGE_SIZE, offset: (view.page - 1) * PAGE_SIZE }),
  ]);
  const t = await getTranslations({ locale, namespace: "Factory" });
  const tCard = await getTranslations({ locale, namespace: "FactoryCard" });
  const format = await getFormatter({ locale });
  const mainCategories = factory.mainCategoryIds.map((cid) => findCategory(tree, { id: cid })?.node).filter((c) => c != null);
  const stats = [
    { label: t("founded"), value: factory.foundedYear ? String(factory.foundedYear) : "—" },
    { label: t("responseRate"), value: `${factory.responseRatePct}%` },
    { label: t("products"), value: format.number(factory.listingCount) },
    { label: t("sold"), value: format.number(factory.totalSold) },
  ];

  const structured = {
    "@context": "https://schema.org" as const,
    "@graph": [
      factoryOrganization(locale, { ...factory, description: factory.about?.text }),
      breadcrumbList(locale, [{ name: t("home"), path: "/" }, { name: factory.name, path: `/f/${factory.id}` }]),
    ],
  };

  return (
    <div className="pb-6">
      <JsonLd data={structured} />
      <section className="border-b border-ink-100 bg-white">
        <div className="container-page py-6">
          <Breadcrumbs label={t("home")} items={[{ href: "/", label: t("home") }, { label: factory.name }]} />
          <div className="mt-5 flex flex-col gap-6 md:flex-row md:items-center md:justify-between">
            <div className="flex items-start gap-4">
              <span aria-hidden lang="zh" className="grid h-16 w-16 shrink-0 place-items-center rounded-2xl bg-gradient-to-br from-brand-500 to-brand-700 text-lg font-bold text-white">
                {factory.nameZh.replace(/^(.*?)(市|省)/, "").slice(0, 2)}
              </span>
              <div>
                <h1 className="text-2xl font-bold leading-tight md:text-3xl" data-testid="factory-name">{factory.name}</h1>
                {locale !== "zh" && <p lang="zh" className="text-sm text-ink-500">{factory.nameZh}</p>}
                <p className="mt-1 text-sm text-ink-500" data-testid="factory-location">{t("location", { city: cityName(factory.city, locale), province: provinceName(factory.province, locale) })}</p>
                <p className="mt-2" data-testid="factory-badge" data-verified={factory.verified ? "1" : "0"}>
                  {factory.verified ? (
                    <span className="inline-flex items-center gap-1 rounded-full bg-sky-50 px-2.5 py-1 text-xs font-semibold text-sky-700">
                      <VerifiedIcon className="h-4 w-4" />
                      {tCard("verified")}
                      {factory.verifiedAt && <span className="font-normal"> · {t("verifiedSince", { date: format.dateTime(new Date(factory.verifiedAt), { year: "numeric", month: "short" }) })}</span>}
                    </span>
                  ) : (
                    <span className="rounded-full bg-ink-100 px-2.5 py-1 text-xs text-ink-500">{tCard("unverified")}</span>
                  )}
                </p>
                {factory.reliability?.reliable && (
                  <p className="mt-2">
                    <ReliableBadge locale={locale} />
                  </p>
                )}
              </div>
            </div>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {stats.map((s) => (
                <div key={s.label} className="rounded-xl bg-ink-50 px-4 py-3 text-center">
                  <dt className="text-xs text-ink-500">{s.label}</dt>
                  <dd className="mt-0.5 text-lg font-bold">{s.value}</dd>
                </div>
              ))}
            </dl>
          </div>
          {factory.about && (
            <div className="mt-6 max-w-3xl">
              <h2 className="text-sm font-semibold">{t("about")}</h2>
              <p lang={factory.about.locale} className="mt-1 text-sm leading-6 text-ink-700">{factory.about.text}</p>
            </div>
          )}
          {mainCategories.length > 0 && (
            <div className="mt-4 flex flex-wrap items-center gap-2">
              <span className="text-xs text-ink-500">{t("mainCategories")}:</span>
              {mainCategories.map((c) => (
                <Link key={c.id} href={`/c/${c.slug}`} className="chip hover:border-brand-200">
                  <span aria-hidden>{c.icon}</span> {c.name}
                </Link>
              ))}
            </div>
          )}
          <div className="mt-6 max-w-3xl">
            <ReliabilityPanel locale={locale} reliability={factory.reliability} />
          </div>
        </div>
      </section>
      <section className="container-page mt-8">
        <h2 className="text-xl font-bold">{t("listingsTitle")}</h2>
        <div className="mt-4">
          <ListingGrid>
            {listings.items.map((card, i) => (
              <ListingCard key={card.id} card={card} locale={locale} currency={currency} rate={rate} priority={i < 5} />
            ))}
          </ListingGrid>
          <Pagination
            locale={locale}
            page={view.page}
            pages={Math.ceil(factory.listingCount / PAGE_SIZE)}
            href={(page) => `/f/${factory.id}${page > 1 ? `?${serializeCategoryView({ ...view, page })}` : ""}`}
          />
        </div>
      </section>
    </div>
  );
}
