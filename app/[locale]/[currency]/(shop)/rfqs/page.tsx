import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { RfqStatusBadge } from "@/components/rfq/rfq-status-badge";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { listBuyerRfqs } from "@/lib/rfqs/list-buyer-rfqs";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Rfq.list" });
  return { title: t("title"), robots: { index: false } };
}

export default async function BuyerRfqsPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const user = await requireUser(locale, "/rfqs");
  const t = await getTranslations({ locale, namespace: "Rfq" });
  const format = await getFormatter({ locale });
  const rows = await listBuyerRfqs(await requestDb(), user.id, locale);
  return (
    <div className="container-page py-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("list.title")}</h1>
      <p className="mt-1 text-sm text-ink-500">{t("list.subtitle")}</p>
      {rows.length === 0 ? (
        <div className="card mt-6 p-10 text-center">
          <p className="mx-auto max-w-md text-ink-500">{t("list.none")}</p>
          <Link href="/" className="btn-primary mt-4 inline-flex">{t("list.browse")}</Link>
        </div>
      ) : (
        <ul className="mt-6 space-y-3">
          {rows.map((r) => (
            <li key={r.id}>
              <Link href={`/rfqs/${r.number}`} className="card flex items-center gap-4 p-4 transition-shadow hover:border-brand-200 hover:shadow-md" data-testid="rfq-row">
                {r.listing?.photoKey ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={`/media/${r.listing.photoKey}`} alt="" width={56} height={56} className="h-14 w-14 shrink-0 rounded-lg border border-ink-100 bg-white object-contain" />
                ) : null}
                <div className="min-w-0 flex-1">
                  <p className="line-clamp-1 text-sm font-medium text-ink-900" lang={r.listing?.titleLocale}>{r.listing?.title}</p>
                  <p className="mt-0.5 text-xs text-ink-500">
                    <span className="font-mono">{r.number}</span> · {r.factoryName} · {t("list.units", { count: r.quantity })}
                  </p>
                  <p className="mt-0.5 text-xs text-ink-500">
                    {t("list.quotes", { count: r.quoteCount })} · {t("list.updated", { date: format.dateTime(r.updatedAt, { dateStyle: "medium" }) })}
                  </p>
                </div>
                <RfqStatusBadge status={r.status} label={t(`status.${r.status}`)} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
