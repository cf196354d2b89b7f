import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Money } from "@/components/catalog/money";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RfqForm } from "@/components/rfq/rfq-form";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { cachedListingDetail } from "@/lib/catalog/cached";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { sortTiers } from "@/lib/pricing/tiers";

// Per request: it reads the session (the listing page, cached for everyone, only links here).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Rfq.new" });
  return { title: t("title"), robots: { index: false } };
}

export default async function NewRfqPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: Promise<{ listing?: string }> }) {
  const { locale, currency, rate } = await shopContext(params);
  const raw = (await searchParams).listing ?? "";
  if (!/^\d{1,9}$/.test(raw)) notFound();
  await requireUser(locale, `/rfq/new?listing=${raw}`);
  const listing = await cachedListingDetail(Number(raw), locale);
  if (!listing || listing.status !== "active") notFound();
  const t = await getTranslations({ locale, namespace: "Rfq.new" });
  const tUnits = await getTranslations({ locale, namespace: "Units" });
  const labelOf = new Map(listing.options.flatMap((o) => o.values.map((v) => [v.id, v.label])));
  const variants = listing.skus.map((sku) => ({ id: sku.id, label: sku.optionValueIds.map((id) => labelOf.get(id) ?? "").filter(Boolean).join(" / ") || sku.code }));
  const tiers = sortTiers(listing.tiers);
  const unit = (count: number) => tUnits(listing.unit as "piece", { count });

  return (
    <div className="container-page py-8">
      <nav className="text-sm text-ink-500">
        <Link href={`/p/${listing.id}`} className="hover:text-brand-700">{t("back")}</Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-1 max-w-2xl text-sm text-ink-500">{t("subtitle")}</p>
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <aside className="card h-fit overflow-hidden lg:col-start-2 lg:row-start-1" data-testid="rfq-listing">
          {listing.photos[0] ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={`/media/${listing.photos[0].key}`} alt="" width={320} height={200} className="h-44 w-full bg-ink-50 object-contain" />
          ) : null}
          <div className="space-y-3 p-4">
            <p className="line-clamp-3 font-semibold leading-snug text-ink-900" lang={listing.title.locale}>{listing.title.text}</p>
            <p className="text-sm text-ink-500">{listing.factory.name}</p>
            <dl className="space-y-1.5 border-t border-ink-100 pt-3 text-sm">
              <div className="flex justify-between gap-3">
                <dt className="text-ink-500">{t("moq")}</dt>
                <dd className="font-medium">{`${listing.moq} ${unit(listing.moq)}`}</dd>
              </div>
              {tiers.map((tier, i) => (
                <div key={tier.minQty} className="flex justify-between gap-3">
                  <dt className="text-ink-500" dir="ltr">{tiers[i + 1] ? `${tier.minQty}–${tiers[i + 1].minQty - 1}` : `${tier.minQty}+`}</dt>
                  <dd className="font-medium tabular-nums"><Money fen={tier.unitPriceFen} currency={currency} rate={rate} locale={locale} /></dd>
                </div>
              ))}
            </dl>
            <p className="rounded-lg bg-ink-50 p-2.5 text-xs text-ink-500">{t("listedNote")}</p>
          </div>
        </aside>
        <section className="card p-5 sm:p-6 lg:col-start-1 lg:row-start-1">
          <ClientMessages locale={locale} namespaces={["Rfq"]}>
            <RfqForm listingId={listing.id} currency={currency} moq={listing.moq} unitLabel={unit(2)} variants={variants} />
          </ClientMessages>
        </section>
      </div>
    </div>
  );
}
