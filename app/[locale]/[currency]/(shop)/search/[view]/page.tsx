import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ListingCard, ListingGrid } from "@/components/catalog/listing-card";
import { FactoryTile } from "@/components/factory/factory-tile";
import { Pagination } from "@/components/catalog/pagination";
import { SearchFilters } from "@/components/search/search-filters";
import { requestReadDb as getReadDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { cachedCategoryTree } from "@/lib/catalog/cached";
import { findCategory } from "@/lib/catalog/categories";
import { convertToCny } from "@/lib/money/convert";
import { decimalStringToMinor } from "@/lib/money/format";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { parseProductLink } from "@/lib/search/link-lookup";
import { findFactories } from "@/lib/search/find-factories";
import { lookupProductLink } from "@/lib/search/lookup-product-link";
import { RANKED_WINDOW, searchKeyword } from "@/lib/search/postgres-engine";
import { activeFilters, searchHref, searchSorts, searchStateFromSegment, type SearchState } from "@/lib/search/search-params";

// The proxy rewrites `/<locale>/search?q=...` to one canonical segment per search (searchStateSegment):
// each result page is rendered on its first request and then served from the page cache, like the
// catalogue pages, until the catalogue changes (tag `catalog`, via the cached reads below) or, at
// the latest, after REVALIDATE seconds (stock and sales move without a catalogue edit).
export const revalidate = 600;
export function generateStaticParams() {
  return [];
}
const PAGE_SIZE = 24;
type Params = ShopParams & { view: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  const { q } = searchStateFromSegment((await params).view);
  return { title: q ? t("title", { query: q }) : t("titleEmpty"), robots: { index: false } };
}

export default async function SearchPage({ params }: { params: Promise<Params> }) {
  const { locale, currency, rate } = await shopContext(params);
  const state = searchStateFromSegment((await params).view);
  const t = await getTranslations({ locale, namespace: "Search" });
  const tTags = await getTranslations({ locale, namespace: "Tags" });
  const format = await getFormatter({ locale });
  const db = await getReadDb();
  const tree = await cachedCategoryTree(locale);
  const href = (s: SearchState) => searchHref(locale, s).slice(locale.length + 1);

  // A pasted link: our own listing or a 1688 offer.
  const link = parseProductLink(state.q);
  if (link) {
    const found = await lookupProductLink(db, link, locale);
    if (found && "redirect" in found) redirect(`/${locale}/p/${found.redirect}`);
    const matches = found && "matches" in found ? found.matches : [];
    const tSourcing = await getTranslations({ locale, namespace: "Sourcing.cta" });
    return (
      <div className="container-page py-8">
        <h1 className="text-2xl font-bold">{t("linkTitle")}</h1>
        <p className="mt-2 break-all text-sm text-ink-500" dir="ltr">{state.q}</p>
        <div className="card mt-6 p-6" data-testid="link-result">
          <p className="font-medium">{link.kind === "unknown-url" ? t("linkUnknown") : t("linkNotListed")}</p>
          <p className="mt-1 text-sm text-ink-500">{t("linkHint")}</p>
        </div>
        <div className="card mt-4 flex flex-wrap items-center justify-between gap-4 border-brand-200 bg-brand-50 p-6" data-testid="sourcing-cta">
          <div className="min-w-0">
            <p className="font-semibold">{tSourcing("title")}</p>
            <p className="mt-1 text-sm text-ink-700">{tSourcing("body")}</p>
          </div>
          <Link href={`/sourcing/new?link=${encodeURIComponent(state.q.trim())}`} className="btn-primary" data-testid="ask-sourcing">{tSourcing("button")}</Link>
        </div>
        {matches.length > 0 && (
          <div className="mt-6">
            <h2 className="mb-4 text-lg font-semibold">{t("sameProduct")}</h2>
            <ListingGrid>
              {matches.map((card) => (
                <ListingCard key={card.id} card={card} locale={locale} currency={currency} rate={rate} />
              ))}
            </ListingGrid>
          </div>
        )}
      </div>
    );
  }

  const category = state.category ? findCategory(tree, { slug: state.category })?.node : undefined;
  const toFen = (amount?: string) => {
    const minor = amount ? decimalStringToMinor(amount, currency) : null;
    return minor == null ? undefined : convertToCny(minor, rate.ratePerCny, currency);
  };
  // Factories whose name the query is (on the first page, above the products).
  const factoriesFound = state.q.trim() && state.page === 1 ? await findFactories(db, locale, state.q) : [];
  const tBuyer = await getTranslations({ locale, namespace: "BuyerSearch" });
  const result = state.q.trim()
    ? await searchKeyword(db, {
        q: state.q,
        locale,
        sort: state.sort,
        page: state.page,
        pageSize: PAGE_SIZE,
        categoryId: category?.id,
        priceMinFen: toFen(state.min),
        priceMaxFen: toFen(state.max),
        maxMoq: state.moq,
        province: state.province,
        verifiedOnly: state.verified,
        reliableOnly: state.reliable,
        tags: state.tags,
        inStockOnly: state.inStock,
      })
    : null;
  const filters = activeFilters(state);
  const filterLabel = (f: (typeof filters)[number]) => {
    switch (f.key) {
      case "category":
        return category?.name ?? f.value;
      case "tag":
        return tTags(f.value as "eco");
      default:
        return `${t(`filter.${f.key}` as "filter.price")}${f.value ? `: ${f.value}` : ""}`;
    }
  };

  return (
    <div className="container-page py-6">
      <h1 className="text-2xl font-bold" data-testid="search-title">
        {state.q ? t("title", { query: state.q }) : t("titleEmpty")}
      </h1>
      {!result && <p className="mt-2 text-ink-500">{t("prompt")}</p>}
      {result && (
        <p className="mt-1 text-sm text-ink-500" data-testid="result-count">
          {result.facets.sampled ? t("resultsMany", { count: format.number(result.total) }) : t("results", { count: result.total })}
          {result.mode === "fuzzy" && <span className="ms-2 rounded bg-amber-50 px-1.5 py-0.5 text-amber-800 ring-1 ring-amber-200">{t("fuzzy")}</span>}
        </p>
      )}

      {factoriesFound.length > 0 && (
        <section className="mt-5" data-testid="factory-results" aria-labelledby="factory-results-title">
          <h2 id="factory-results-title" className="mb-3 text-lg font-semibold">{tBuyer("factories", { count: factoriesFound.length })}</h2>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
            {factoriesFound.map((factory) => (
              <FactoryTile key={factory.id} factory={factory} locale={locale} />
            ))}
          </div>
        </section>
      )}

      {result && result.total > 0 && (
        <div className="mt-5 grid grid-cols-1 gap-6 lg:grid-cols-[260px_minmax(0,1fr)]">
          <aside id="filters" className="order-2 scroll-mt-32 lg:sticky lg:top-32 lg:order-none lg:self-start">
            <SearchFilters locale={locale} state={state} facets={result.facets} categories={tree} currency={currency} rate={rate} />
          </aside>
          <section>
            <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
              <a href="#filters" className="rounded-full bg-white px-3 py-1 font-medium text-brand-700 ring-1 ring-brand-200 lg:hidden">
                {t("filters")}
              </a>
              <span className="text-ink-500">{t("sort")}:</span>
              {searchSorts.map((sort) => (
                <Link
                  key={sort}
                  href={href({ ...state, sort, page: 1 })}
                  aria-current={state.sort === sort ? "true" : undefined}
                  className={`rounded-full px-3 py-1 ${state.sort === sort ? "bg-ink-900 text-white" : "bg-white text-ink-700 ring-1 ring-ink-100 hover:ring-ink-300"}`}
                >
                  {t(`sorts.${sort}`)}
                </Link>
              ))}
            </div>
            {filters.length > 0 && <FilterChips filters={filters} label={filterLabel} href={href} removeLabel={t("remove")} />}
            <ListingGrid>
              {result.items.map((card, i) => (
                <ListingCard key={card.id} card={card} locale={locale} currency={currency} rate={rate} priority={i < 4} />
              ))}
            </ListingGrid>
            <Pagination
              locale={locale}
              page={state.page}
              pages={Math.min(Math.ceil(result.total / PAGE_SIZE), state.sort === "relevance" || state.sort === "popular" ? RANKED_WINDOW / PAGE_SIZE : Infinity)}
              href={(page) => href({ ...state, page })}
            />
          </section>
        </div>
      )}

      {result && result.total === 0 && (
        <div className="card mt-6 p-8 text-center" data-testid="empty-result">
          <p className="text-lg font-semibold">{t("emptyTitle")}</p>
          <p className="mt-2 text-sm text-ink-500">{filters.length ? t("emptyWithFilters") : t("emptyText")}</p>
          {filters.length > 0 && (
            <div className="mt-4 flex justify-center">
              <FilterChips filters={filters} label={filterLabel} href={href} removeLabel={t("remove")} />
            </div>
          )}
          <Link href="/#categories" className="btn-secondary mt-5">
            {t("browse")}
          </Link>
        </div>
      )}
    </div>
  );
}

function FilterChips({
  filters,
  label,
  href,
  removeLabel,
}: {
  filters: ReturnType<typeof activeFilters>;
  label: (f: ReturnType<typeof activeFilters>[number]) => string;
  href: (s: SearchState) => string;
  removeLabel: string;
}) {
  return (
    <ul className="mb-4 flex flex-wrap gap-2">
      {filters.map((f) => (
        <li key={`${f.key}-${f.value}`}>
          <Link href={href(f.without)} className="chip gap-1.5 border-brand-200 bg-brand-50 text-brand-800 hover:bg-brand-100" data-testid="remove-filter">
            {label(f)}
            <span aria-label={removeLabel}>×</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
