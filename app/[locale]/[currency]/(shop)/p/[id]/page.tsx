import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ListingCard, ListingGrid } from "@/components/catalog/listing-card";
import { Money } from "@/components/catalog/money";
import { UntranslatedBadge } from "@/components/catalog/translation-badge";
import { FactoryCard } from "@/components/factory/factory-card";
import { Gallery } from "@/components/listing/gallery";
import { ListingTitle } from "@/components/listing/listing-title";
import { ListingDescription } from "@/components/listing/listing-description";
import { ListingPurchase } from "@/components/listing/listing-purchase";
import { PriceComparison } from "@/components/listing/price-comparison";
import { JsonLd } from "@/components/seo/json-ld";
import { localeNames, isLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { cachedCategoryTree, cachedListingCards, cachedListingDetail, cachedShippingLines } from "@/lib/catalog/cached";
import { cachedProductOffers } from "@/lib/catalog/cached-offers";
import { findCategory } from "@/lib/catalog/categories";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { countryChoices, defaultCountryFor } from "@/lib/shipping/countries";
import { publicPageMetadata, shortDescription } from "@/lib/seo/public-metadata";
import { breadcrumbList, productData, SITE_NAME } from "@/lib/seo/structured-data";
import { notFoundMetadata } from "@/lib/not-found-metadata";

type Params = ShopParams & { id: string };

const listingId = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);

// Rendered on first request, then cached until revalidated by tag (see lib/catalog/cached.ts).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, currency } = await shopContext(params);
  const id = listingId((await params).id);
  const listing = id ? await cachedListingDetail(id, locale) : null;
  if (!listing) return notFoundMetadata(locale);
  const metadata = publicPageMetadata({
    locale,
    path: `/p/${listing.id}`,
    title: listing.title.text,
    description: shortDescription(listing.description.text),
    image: { path: `/api/og/${locale}/${currency}/p/${listing.id}`, alt: listing.title.text },
    siteName: SITE_NAME,
  });
  // An archived listing stays readable for old links, but leaves the index.
  return listing.status === "active" ? metadata : { ...metadata, robots: { index: false, follow: true } };
}

export default async function ListingPage({ params }: { params: Promise<Params> }) {
  const { locale, currency, rate } = await shopContext(params);
  const id = listingId((await params).id);
  const listing = id ? await cachedListingDetail(id, locale) : null;
  if (!listing) notFound();
  const [tree, lines, related, comparison] = await Promise.all([
    cachedCategoryTree(locale),
    cachedShippingLines(locale),
    cachedListingCards(locale, { categoryIds: [listing.categoryId] }, { sort: "popular", limit: 11 }),
    cachedProductOffers(listing.id, locale),
  ]);
  // Named and sorted here: a browser without the locale's data would name them in English.
  const destinations = countryChoices(locale, [...new Set(lines.flatMap((l) => l.countries))]).map((c) => ({ code: c.value, name: c.label }));
  const t = await getTranslations({ locale, namespace: "Listing" });
  const tUnits = await getTranslations({ locale, namespace: "Units" });
  const tTags = await getTranslations({ locale, namespace: "Tags" });
  const tAttr = await getTranslations({ locale, namespace: "Attributes" });
  const tRfq = await getTranslations({ locale, namespace: "Rfq" });
  const tLooks = await getTranslations({ locale, namespace: "Looks" });
  const found = findCategory(tree, { id: listing.categoryId });
  const minPrice = Math.min(...listing.tiers.map((tier) => tier.unitPriceFen));
  const maxPrice = Math.max(...listing.tiers.map((tier) => tier.unitPriceFen));
  const unitOne = tUnits(listing.unit as "piece", { count: 1 });
  const originalLanguage = isLocale(listing.original.locale) ? localeNames[listing.original.locale] : listing.original.locale;

  const purchase = (
        <div className="space-y-5 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div>
            <div className="flex flex-wrap gap-1.5">
              {listing.tags.map((tag) => (
                <span key={tag} className="chip">
                  {tTags(tag as "eco")}
                </span>
              ))}
            </div>
            <ListingTitle title={listing.title} original={{ text: listing.original.title, locale: listing.original.locale }} languageName={originalLanguage} />
            <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-ink-500">
              {listing.title.untranslated && <UntranslatedBadge locale={locale} />}
              <span>{t("sold", { count: listing.soldCount })}</span>
            </div>
            <p className="mt-3 flex flex-wrap items-baseline gap-x-2" data-testid="listing-price">
              <Money fen={minPrice} currency={currency} rate={rate} locale={locale} className="text-3xl font-bold text-brand-700" />
              {maxPrice !== minPrice && (
                <>
                  <span className="text-ink-500">–</span>
                  <Money fen={maxPrice} currency={currency} rate={rate} locale={locale} className="text-xl font-semibold text-ink-700" />
                </>
              )}
              <span className="text-sm text-ink-500">/ {unitOne}</span>
            </p>
            <dl className="mt-3 grid grid-cols-2 gap-3 text-sm">
              <div className="rounded-xl bg-white p-3 ring-1 ring-ink-100">
                <dt className="text-xs text-ink-500">{t("moq")}</dt>
                <dd className="font-semibold" data-testid="listing-moq">{`${listing.moq} ${tUnits(listing.unit as "piece", { count: listing.moq })}`}</dd>
              </div>
              <div className="rounded-xl bg-white p-3 ring-1 ring-ink-100">
                <dt className="text-xs text-ink-500">{t("leadTime")}</dt>
                <dd className="font-semibold">{t("days", { count: listing.leadTimeDays })}</dd>
              </div>
            </dl>
          </div>
          <ListingPurchase
            locale={locale}
            currency={currency}
            ratePerCny={rate.ratePerCny}
            unit={listing.unit}
            moq={listing.moq}
            tiers={listing.tiers}
            options={listing.options}
            skus={listing.skus}
            weightG={listing.weightG}
            box={{ lengthMm: listing.lengthMm, widthMm: listing.widthMm, heightMm: listing.heightMm }}
            lines={lines}
            destinations={destinations}
            defaultCountry={defaultCountryFor(locale)}
          />
          {/* A plain link: the RFQ page is dynamic and asks to sign in; this page stays cached for everyone. */}
          <Link href={`/rfq/new?listing=${listing.id}`} className="flex items-center gap-3 rounded-2xl border border-dashed border-brand-300 bg-white p-4 transition-colors hover:border-brand-500 hover:bg-brand-50/50" data-testid="ask-quote">
            <span aria-hidden className="flex h-10 w-10 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-700">
              <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z" /><path d="M9 10h6M9 14h4" /></svg>
            </span>
            <span className="min-w-0">
              <span className="block text-sm font-semibold text-ink-900">{tRfq("askQuote")}</span>
              <span className="block text-xs text-ink-500">{tRfq("askQuoteHint")}</span>
            </span>
          </Link>
          <p className="text-xs text-ink-500" data-testid="rate-note">
            {currency === "CNY"
              ? tLooks("pricesInCny")
              : t("rateNote", { rate: Number(rate.ratePerCny).toLocaleString(locale, { maximumFractionDigits: 4 }), currency })}
          </p>
          <FactoryCard factory={listing.factory} locale={locale} />
        </div>
  );

  const crumbs = found ? [...found.trail, found.node].map((c) => ({ name: c.name, path: `/c/${c.slug}` })) : [];
  const structured = {
    "@context": "https://schema.org" as const,
    "@graph": [
      productData(locale, currency, rate.ratePerCny, {
        id: listing.id,
        name: listing.title.text,
        description: listing.description.text,
        photoKeys: listing.photos.map((p) => p.key),
        category: found?.node.name,
        unit: listing.unit,
        moq: listing.moq,
        tierPricesFen: listing.tiers.map((tier) => tier.unitPriceFen),
        available: listing.skus.reduce((sum, sku) => sum + Math.max(0, sku.available), 0),
        skuCount: listing.skus.length,
        factory: listing.factory,
      }),
      breadcrumbList(locale, [{ name: t("home"), path: "/" }, ...crumbs, { name: listing.title.text, path: `/p/${listing.id}` }]),
    ],
  };

  return (
    <div className="container-page py-6">
      <JsonLd data={structured} />
      <Breadcrumbs
        label={t("home")}
        items={[
          { href: "/", label: t("home") },
          ...(found ? [...found.trail, found.node].map((c) => ({ href: `/c/${c.slug}`, label: c.name })) : []),
        ]}
      />
      <div className="mt-4 grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,4fr)]">
        <div className="lg:col-start-1 lg:row-start-1">
          <Gallery photos={listing.photos} alt={listing.title.text} />
        </div>
        {purchase}
        <div className="space-y-8 lg:col-start-1 lg:row-start-2 lg:self-start">
          <section className="card p-5">
            <h2 className="text-lg font-semibold">{t("description")}</h2>
            <div className="mt-3">
              <ListingDescription
                description={listing.description}
                original={{ text: listing.original.description, locale: listing.original.locale }}
                languageName={originalLanguage}
              />
            </div>
          </section>
          {comparison.offers.length > 0 && comparison.agent && (
            <section className="card p-5">
              <PriceComparison
                locale={locale}
                currency={currency}
                ratePerCny={rate.ratePerCny}
                defaultCountry={defaultCountryFor(locale)}
                current={{
                  id: listing.id,
                  title: listing.title.text,
                  titleLocale: listing.title.locale,
                  factory: { id: listing.factory.id, name: listing.factory.name, province: listing.factory.province, verified: listing.factory.verified, reliable: listing.factory.reliability?.reliable ?? false },
                  moq: listing.moq,
                  unit: listing.unit,
                  weightG: listing.weightG,
                  lengthMm: listing.lengthMm,
                  widthMm: listing.widthMm,
                  heightMm: listing.heightMm,
                  tiers: listing.tiers,
                  photoKey: listing.photos[0]?.key ?? null,
                }}
                offers={comparison.offers}
                lines={lines}
                destinations={destinations}
                agent={comparison.agent}
              />
            </section>
          )}
          <section className="card p-5">
            <h2 className="text-lg font-semibold">{t("specifications")}</h2>
            <dl className="mt-3 grid grid-cols-1 gap-x-6 text-sm sm:grid-cols-2">
              {listing.attributes.map((a) => (
                <Spec key={a.key} label={tAttr(a.key as "material")}>
                  <span lang={a.locale}>{a.value}</span>
                </Spec>
              ))}
              <Spec label={t("moq")}>{`${listing.moq} ${tUnits(listing.unit as "piece", { count: listing.moq })}`}</Spec>
              <Spec label={t("leadTime")}>{t("days", { count: listing.leadTimeDays })}</Spec>
              <Spec label={t("weight")}>{`${(listing.weightG / 1000).toLocaleString(locale)} kg`}</Spec>
              <Spec label={t("packedSize")}>
                {t("sizeValue", {
                  l: (listing.lengthMm / 10).toLocaleString(locale),
                  w: (listing.widthMm / 10).toLocaleString(locale),
                  h: (listing.heightMm / 10).toLocaleString(locale),
                })}
              </Spec>
              {listing.hsCode && <Spec label={t("hsCode")}>{listing.hsCode}</Spec>}
              {listing.externalOfferId && <Spec label={t("offerId")}>{listing.externalOfferId}</Spec>}
            </dl>
          </section>
        </div>

      </div>

      {related.items.filter((c) => c.id !== listing.id).length > 0 && (
        <section className="mt-12">
          <h2 className="text-xl font-bold">{found?.node.name}</h2>
          <div className="mt-4">
            <ListingGrid>
              {related.items
                .filter((c) => c.id !== listing.id)
                .slice(0, 10)
                .map((card) => (
                  <ListingCard key={card.id} card={card} locale={locale} currency={currency} rate={rate} />
                ))}
            </ListingGrid>
          </div>
        </section>
      )}
    </div>
  );
}

function Spec({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4 border-b border-ink-100 py-2.5">
      <dt className="text-ink-500">{label}</dt>
      <dd className="text-end font-medium text-ink-900">{children}</dd>
    </div>
  );
}
