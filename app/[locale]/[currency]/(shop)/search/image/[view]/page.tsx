import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListingCard, ListingGrid } from "@/components/catalog/listing-card";
import { requestReadDb as getReadDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { findSimilarByHash } from "@/lib/search/image-search";
import { cardsInOrder } from "@/lib/search/postgres-engine";
import { imageSearchFromSegment } from "@/lib/search/search-params";

// GET /<locale>/search/image?h=<16 hex digits>&c=<colour signature>: the photo's hash is in the URL,
// so results can be shared and the photo itself is never stored. The proxy rewrites it to one path
// segment (imageSearchSegment), so each result page is cached like the catalogue pages.
export const revalidate = 600;
export function generateStaticParams() {
  return [];
}
type Params = ShopParams & { view: string };

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  return { title: t("imageTitle"), robots: { index: false } };
}

export default async function ImageSearchPage({ params }: { params: Promise<Params> }) {
  const { locale, currency, rate } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  const { h, c } = imageSearchFromSegment((await params).view);
  const matches = h ? await findSimilarByHash(await getReadDb(), { phash: BigInt.asIntN(64, BigInt(`0x${h}`)), colours: c }, { limit: 48 }) : [];
  const cards = await cardsInOrder(await getReadDb(), locale, matches.map((m) => m.listingId));
  const byId = new Map(matches.map((m) => [m.listingId, m]));
  const same = cards.filter((card) => byId.get(card.id)?.sameProduct);
  const similar = cards.filter((card) => !byId.get(card.id)?.sameProduct);

  return (
    <div className="container-page py-6">
      <h1 className="text-2xl font-bold" data-testid="image-search-title">{t("imageTitle")}</h1>
      <p className="mt-1 text-sm text-ink-500">{h ? t("imageIntro") : t("imageMissing")}</p>
      {h && cards.length === 0 && (
        <div className="card mt-6 p-8 text-center" data-testid="empty-result">
          <p className="font-semibold">{t("imageNone")}</p>
          <Link href="/#categories" className="btn-secondary mt-4">
            {t("browse")}
          </Link>
        </div>
      )}
      {same.length > 0 && (
        <section className="mt-6" data-testid="same-product">
          <h2 className="mb-3 text-lg font-semibold">{t("imageSame", { count: same.length })}</h2>
          <ListingGrid>
            {same.map((card, i) => (
              <ListingCard key={card.id} card={card} locale={locale} currency={currency} rate={rate} priority={i < 5} />
            ))}
          </ListingGrid>
        </section>
      )}
      {similar.length > 0 && (
        <section className="mt-8" data-testid="similar-products">
          <h2 className="mb-3 text-lg font-semibold">{t("imageSimilar")}</h2>
          <ListingGrid>
            {similar.map((card) => (
              <ListingCard key={card.id} card={card} locale={locale} currency={currency} rate={rate} />
            ))}
          </ListingGrid>
        </section>
      )}
    </div>
  );
}
