import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { CategoryFilters } from "@/components/catalog/category-filters";
import { ListingCard, ListingGrid } from "@/components/catalog/listing-card";
import { Pagination } from "@/components/catalog/pagination";
import { JsonLd } from "@/components/seo/json-ld";
import { Link } from "@/i18n/navigation";
import { cachedCategoryCounts, cachedCategoryTree, cachedListingCards } from "@/lib/catalog/cached";
import { descendantIds, findCategory } from "@/lib/catalog/categories";
import { serializeCategoryView, viewFromSegment, type CategoryView, type Sort } from "@/lib/catalog/category-view";
import { convertToCny } from "@/lib/money/convert";
import { decimalStringToMinor } from "@/lib/money/format";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { publicPageMetadata } from "@/lib/seo/public-metadata";
import { breadcrumbList, SITE_NAME } from "@/lib/seo/structured-data";
import { notFoundMetadata } from "@/lib/not-found-metadata";

const PAGE_SIZE = 24;
type Params = ShopParams & { slug: string; view: string };

// Rendered on first request, then cached until revalidated by tag (see lib/catalog/cached.ts).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const { slug, view: segment } = await params;
  const found = findCategory(await cachedCategoryTree(locale), { slug });
  if (!found) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "Seo" });
  // A sorted or filtered view is the plain category to a search engine; a further page of the plain
  // category is a page of its own.
  const view = viewFromSegment(segment);
  const query = serializeCategoryView(view);
  const plainPage = /^page=\d+$/.test(query);
  const page = plainPage ? view.page : 1;
  const name = found.node.name;
  return publicPageMetadata({
    locale,
    path: `/c/${slug}`,
    canonicalQuery: plainPage ? query : undefined,
    title: page > 1 ? t("pageTitle", { title: name, page }) : name,
    description: t("categoryDescription", { category: name, count: found.node.listingCount }),
    siteName: SITE_NAME,
  });
}

export default async function CategoryPage({ params }: { params: Promise<Params> }) {
  const { locale, currency, rate } = await shopContext(params);
  const { slug, view: segment } = await params;
  const found = findCategory(await cachedCategoryTree(locale), { slug });
  if (!found) notFound();
  const { node, trail } = found;
  const view = viewFromSegment(segment);
  const t = await getTranslations({ locale, namespace: "Category" });

  const toFen = (amount?: string) => {
    const minor = amount ? decimalStringToMinor(amount, currency) : null;
    return minor == null ? undefined : convertToCny(minor, rate.ratePerCny, currency);
  };
  const filter = { priceMinFen: toFen(view.min), priceMaxFen: toFen(view.max), tags: view.tags, reliableOnly: view.reliable || undefined };
  const { items, total } = await cachedListingCards(
    locale,
    { categoryIds: descendantIds(node), ...filter },
    { sort: view.sort, limit: PAGE_SIZE, offset: (view.page - 1) * PAGE_SIZE, withTotal: true },
  );
  // The sub-category chips count what the buyer would see there with the same filters, and keep them.
  const chips = node.children.length > 0 ? node.children : trail.length > 0 ? trail[trail.length - 1].children : [];
  const filtered = Boolean(view.min || view.max || view.tags.length || view.reliable);
  const chipCounts = filtered
    ? await cachedCategoryCounts(filter, chips.map((c) => ({ id: c.id, categoryIds: descendantIds(c) })))
    : Object.fromEntries(chips.map((c) => [c.id, c.listingCount]));
  const chipQuery = serializeCategoryView({ ...view, page: 1 });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (changes: Partial<CategoryView>) => {
    const query = serializeCategoryView({ ...view, ...changes });
    return `/c/${slug}${query ? `?${query}` : ""}`;
  };
  const sortLabels: Record<Sort, string> = {
    popular: t("sortPopular"),
    newest: t("sortNewest"),
    price_asc: t("sortPriceAsc"),
    price_desc: t("sortPriceDesc"),
  };

  return (
    <div className="container-page py-6">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          ...breadcrumbList(locale, [
            { name: t("home"), path: "/" },
            ...trail.map((c) => ({ name: c.name, path: `/c/${c.slug}` })),
            { name: node.name, path: `/c/${node.slug}` },
          ]),
        }}
      />
      <Breadcrumbs
        label={t("home")}
        items={[
          { href: "/", label: t("home") },
          ...trail.map((c) => ({ href: `/c/${c.slug}`, label: c.name })),
          { label: node.name },
        ]}
      />
      <div className="mt-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="flex items-center gap-3 text-2xl font-bold md:text-3xl">
            <span aria-hidden>{node.icon || trail[0]?.icon}</span>
            {node.name}
          </h1>
          <p className="mt-1 text-sm text-ink-500" data-testid="result-count">
            {t("results", { count: total })}
          </p>
        </div>
      </div>

      {chips.length > 0 && (
        <nav aria-label={t("subcategories")} className="mt-4 flex flex-wrap gap-2">
          {chips.map((child) => (
            <Link
              key={child.id}
              href={`/c/${child.slug}${chipQuery ? `?${chipQuery}` : ""}`}
              data-testid="subcategory-chip"
              aria-current={child.id === node.id ? "page" : undefined}
              className={`chip text-sm ${child.id === node.id ? "border-brand-500 bg-brand-50 text-brand-700" : "hover:border-brand-200"}`}
            >
              {child.name}
              <span className="text-ink-500" data-testid="subcategory-count">{chipCounts[child.id] ?? 0}</span>
            </Link>
          ))}
        </nav>
      )}

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[260px_minmax(0,1fr)]">
        <aside id="filters" className="order-2 scroll-mt-32 lg:sticky lg:top-32 lg:order-none lg:self-start">
          <CategoryFilters locale={locale} slug={slug} view={view} currency={currency} />
        </aside>
        <section>
          <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
            <a href="#filters" className="rounded-full bg-white px-3 py-1 font-medium text-brand-700 ring-1 ring-brand-200 lg:hidden">
              {t("filters")}
            </a>
            <span className="text-ink-500">{t("sort")}:</span>
            {(Object.keys(sortLabels) as Sort[]).map((sort) => (
              <Link
                key={sort}
                href={href({ sort, page: 1 })}
                aria-current={view.sort === sort ? "true" : undefined}
                className={`rounded-full px-3 py-1 ${view.sort === sort ? "bg-ink-900 text-white" : "bg-white text-ink-700 ring-1 ring-ink-100 hover:ring-ink-300"}`}
              >
                {sortLabels[sort]}
              </Link>
            ))}
          </div>
          {items.length === 0 ? (
            <div className="card p-10 text-center">
              <p className="text-lg font-semibold">{t("emptyTitle")}</p>
              <p className="mt-2 text-sm text-ink-500">{t("emptyText")}</p>
              <Link href={`/c/${slug}`} className="btn-secondary mt-5">
                {t("clear")}
              </Link>
            </div>
          ) : (
            <ListingGrid>
              {items.map((card, i) => (
                <ListingCard key={card.id} card={card} locale={locale} currency={currency} rate={rate} priority={i < 4} />
              ))}
            </ListingGrid>
          )}
          <Pagination locale={locale} page={view.page} pages={pages} href={(page) => href({ page })} />
        </section>
      </div>
    </div>
  );
}
