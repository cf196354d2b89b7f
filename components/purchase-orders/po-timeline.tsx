import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";

/** A purchase order's history, oldest first (kinds like "purchase_order.accepted", labelled in PurchaseOrders.events). */
export async function PoTimeline({ events, locale }: { events: { id: number; kind: string; createdAt: Date; data: Record<string, unknown> }[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "PurchaseOrders" });
  const format = await getFormatter({ locale });
  return (
    <section className="card p-5">
      <h3 className="font-semibold">{t("detail.timeline")}</h3>
      <ol className="mt-4 space-y-4 border-s-2 border-ink-100 ps-5" data-testid="po-timeline">
        {events.map((event) => (
          <li key={event.id} className="relative" data-kind={event.kind}>
            <span className="absolute -start-[27px] top-1 h-3 w-3 rounded-full border-2 border-white bg-brand-500 ring-2 ring-brand-100" aria-hidden />
            <p className="text-sm font-medium text-ink-900">{t.has(`events.${event.kind}`) ? t(`events.${event.kind}`) : event.kind}</p>
            {typeof event.data.reason === "string" ? <p className="text-xs text-ink-700">{event.data.reason}</p> : null}
            {typeof event.data.trackingNumber === "string" ? <p className="font-mono text-xs text-ink-700">{String(event.data.carrier ?? "")} {event.data.trackingNumber}</p> : null}
            <p className="text-xs text-ink-500">{format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
