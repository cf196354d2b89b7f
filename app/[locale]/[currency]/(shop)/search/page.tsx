import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListingCard, ListingGrid } from "@/components/catalog/listing-card";
import { Link } from "@/i18n/navigation";
import { cachedListingCards } from "@/lib/catalog/cached";
import { shopContext, type ShopParams } from "@/lib/page-context";

// Keyword search over every translation of the titles. Per request (the query is in the URL).
export const dynamic = "force-dynamic";
type SearchParams = Promise<{ q?: string | string[] }>;

const wordsOf = (q: string) =>
  q
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6);

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  return { title: t("titleEmpty") };
}

export default async function SearchPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: SearchParams }) {
  const { locale, currency, rate } = await shopContext(params);
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw ?? "").slice(0, 200);
  const t = await getTranslations({ locale, namespace: "Search" });
  const words = wordsOf(query);
  const { items, total } = words.length
    ? await cachedListingCards(locale, { words }, { sort: "popular", limit: 60, withTotal: true })
    : { items: [], total: 0 };

  return (
    <div className="container-page py-8">
      <h1 className="text-2xl font-bold">{words.length ? t("title", { query }) : t("titleEmpty")}</h1>
      {words.length ? (
        <p className="mt-1 text-sm text-ink-500" data-testid="result-count">
          {t("results", { count: total })}
        </p>
      ) : (
        <p className="mt-2 text-ink-500">{t("prompt")}</p>
      )}
      {words.length > 0 && items.length === 0 && (
        <div className="card mt-6 p-8 text-center">
          <p className="text-ink-700">{t("emptyText")}</p>
          <Link href="/#categories" className="btn-secondary mt-4">
            {t("titleEmpty")}
          </Link>
        </div>
      )}
      {items.length > 0 && (
        <div className="mt-6">
          <ListingGrid>
            {items.map((card) => (
              <ListingCard key={card.id} card={card} locale={locale} currency={currency} rate={rate} />
            ))}
          </ListingGrid>
        </div>
      )}
    </div>
  );
}
