import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import type { RfqDetail } from "@/lib/rfqs/rfq-details";

interface Props {
  detail: RfqDetail;
  locale: Locale;
  title: string;
  /** The target unit price, formatted for the reader (buyer's currency, or yuan for the factory). */
  target: string | null;
  unit(count: number): string;
  attachmentUrl: string | null;
  /** The other side: the factory for the buyer, the buyer for the factory. */
  party: { label: string; value: string; detail?: string };
  /** Where the listing title leads (the buyer's catalogue page). */
  listingHref?: string;
}

/** What was asked: the listing, quantity, variant, target price, notes and the attached image. */
export async function RfqFacts({ detail, locale, title, target, unit, attachmentUrl, party, listingHref }: Props) {
  const t = await getTranslations({ locale, namespace: "Rfq.detail" });
  const { rfq, listing } = detail;
  const row = (label: string, value: React.ReactNode, testId?: string) => (
    <div className="flex justify-between gap-4 py-2">
      <dt className="text-ink-500">{label}</dt>
      <dd className="text-end font-medium text-ink-900" data-testid={testId}>{value}</dd>
    </div>
  );
  const listingTitle = <span className="line-clamp-2 font-semibold leading-snug" lang={listing.titleLocale}>{listing.title}</span>;
  return (
    <section className="card overflow-hidden" data-testid="rfq-facts">
      <h2 className="border-b border-ink-100 px-5 py-3 font-semibold">{title}</h2>
      <div className="flex items-start gap-3 border-b border-ink-100 px-5 py-4">
        {listing.photoKey ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={`/media/${listing.photoKey}`} alt="" width={64} height={64} className="h-16 w-16 shrink-0 rounded-lg border border-ink-100 bg-white object-contain" />
        ) : null}
        <div className="min-w-0 text-sm">
          {listingHref ? <Link href={listingHref} className="hover:text-brand-700">{listingTitle}</Link> : listingTitle}
          <p className="mt-1 text-xs text-ink-500">{t("moq", { moq: listing.moq, unit: unit(listing.moq) })}</p>
        </div>
      </div>
      <dl className="divide-y divide-ink-100 px-5 text-sm">
        {row(party.label, <span>{party.value}{party.detail ? <span className="block text-xs font-normal text-ink-500">{party.detail}</span> : null}</span>)}
        {row(t("quantity"), `${rfq.quantity.toLocaleString(locale)} ${unit(rfq.quantity)}`, "rfq-quantity")}
        {row(t("variant"), detail.sku ? detail.sku.options || detail.sku.code : t("anyVariant"))}
        {row(t("target"), target ? <span dir="ltr">{target}</span> : <span className="font-normal text-ink-500">{t("noTarget")}</span>, "rfq-target")}
      </dl>
      <div className="border-t border-ink-100 px-5 py-4 text-sm">
        <p className="text-xs font-semibold text-ink-500">{t("notes")}</p>
        <p className="mt-1 whitespace-pre-line break-words text-ink-800" dir="auto" data-testid="rfq-notes">{rfq.notes || <span className="text-ink-500">{t("noNotes")}</span>}</p>
        {attachmentUrl ? (
          <a href={attachmentUrl} target="_blank" rel="noreferrer" className="mt-3 block" data-testid="rfq-attachment">
            <span className="text-xs font-semibold text-ink-500">{t("attachment")}</span>
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={attachmentUrl} alt={t("attachment")} className="mt-1 max-h-48 w-full rounded-lg border border-ink-100 bg-ink-50 object-contain" />
          </a>
        ) : null}
      </div>
    </section>
  );
}
