// A shipment's goods, the predicted and the real parcel (weights and cost in the buyer's currency,
// with the difference), the extras (rehearsal, insurance, storage past the free days, extra QC
// photos), the payment and the shipment's timeline. Shared by the agent's
// and the buyer's shipment pages.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { convertFromCny } from "@/lib/money/convert";
import { isCurrency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";
import { pickLabel } from "@/lib/catalog/localized";
import type { ShipmentView } from "@/lib/shipments/get-shipment";

export async function ShipmentFacts({ view, locale }: { view: ShipmentView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Warehouse.shipment" });
  const tEv = await getTranslations({ locale, namespace: "Warehouse.events" });
  const format = await getFormatter({ locale });
  const s = view.shipment;
  const currency = isCurrency(s.currency) ? s.currency : "USD";
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const fromFen = (fen: number) => money(convertFromCny(fen, s.ratePerCny, currency));
  const kg = (g: number | null) => (g == null ? "—" : format.number(g / 1000, { maximumFractionDigits: 2 }));
  const details = view.payment?.details as { differenceMinor?: number; storageMinor?: number; extraPhotosMinor?: number } | undefined;
  // The extras billed at packing, in the payment's own figures once it is requested (they add up to it).
  const storage = details?.storageMinor ?? convertFromCny(view.extras.storageFen, s.ratePerCny, currency);
  const extraPhotos = details?.extraPhotosMinor ?? convertFromCny(view.extras.qcPhotosFen, s.ratePerCny, currency);
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        <section className="card overflow-hidden">
          <h3 className="border-b border-ink-100 px-4 py-2 font-semibold">{t("goods")}</h3>
          <ul className="divide-y divide-ink-100 text-sm">
            {view.items.map((i) => (
              <li key={i.orderLineId} className="flex items-center gap-3 px-4 py-2" data-testid="shipment-item">
                {i.photoKey ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={`/media/${i.photoKey}`} alt="" className="h-10 w-10 rounded border border-ink-100 object-contain" />
                ) : null}
                <span className="min-w-0 flex-1">{i.title}<span className="block text-xs text-ink-500">{i.options} · {i.orderNumber}</span></span>
                <span className="tabular-nums">× {i.quantity}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card p-4">
          <h3 className="font-semibold">{t("timeline")}</h3>
          <ol className="mt-2 space-y-1 text-sm" data-testid="shipment-events">
            {view.events.map((e) => (
              <li key={e.id} data-kind={e.kind}>
                <span className="text-ink-500">{format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "short" })}</span> · {tEv.has(e.kind) ? tEv(e.kind) : e.kind}
                {typeof e.data.location === "string" && e.data.location ? <span className="text-ink-500"> · {e.data.location}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
      <aside className="card space-y-2 p-4 text-sm" data-testid="shipment-figures">
        <p className="text-ink-500">{pickLabel(view.line.name, locale).text} · {t("days", { min: view.line.daysMin, max: view.line.daysMax })}</p>
        <div className="flex justify-between"><span>{t("predicted")}</span><span className="tabular-nums" data-testid="predicted">{t("kg", { kg: kg(s.predictedChargeableG) })} · {fromFen(s.predictedCostFen ?? 0)}</span></div>
        {s.chargeableWeightG != null ? (
          <>
            <div className="flex justify-between"><span>{t("actualWeight")}</span><span className="tabular-nums">{t("kg", { kg: kg(s.actualWeightG) })}</span></div>
            <div className="flex justify-between"><span>{t("box")}</span><span className="tabular-nums" dir="ltr">{(s.lengthMm ?? 0) / 10} × {(s.widthMm ?? 0) / 10} × {(s.heightMm ?? 0) / 10} cm</span></div>
            <div className="flex justify-between font-semibold"><span>{t("chargeable")}</span><span className="tabular-nums" data-testid="actual">{t("kg", { kg: kg(s.chargeableWeightG) })} · {fromFen(s.shippingCostFen ?? 0)}</span></div>
          </>
        ) : null}
        {s.rehearsalFen ? <div className="flex justify-between"><span>{t("rehearsalFee")}</span><span className="tabular-nums">{fromFen(s.rehearsalFen)}</span></div> : null}
        {storage ? <div className="flex justify-between gap-2" data-testid="shipment-storage-fees"><span>{t("storageFees")}</span><span className="tabular-nums">{money(storage)}</span></div> : null}
        {extraPhotos ? <div className="flex justify-between gap-2" data-testid="shipment-extra-photos"><span>{t("extraPhotos")}</span><span className="tabular-nums">{money(extraPhotos)}</span></div> : null}
        {s.insured ? <div className="flex justify-between"><span>{t("insurance", { value: money(s.declaredValueMinor ?? 0) })}</span><span className="tabular-nums">{money(s.insuranceMinor)}</span></div> : <p className="text-ink-500">{t("declared", { value: money(s.declaredValueMinor ?? 0) })}</p>}
        {view.payment ? (
          <div className="border-t border-ink-100 pt-2">
            <div className="flex justify-between font-semibold"><span>{t("secondPayment")}</span><span className="tabular-nums" data-testid="shipment-amount">{money(view.payment.amountMinor)}</span></div>
            {details?.differenceMinor != null ? <p className="text-xs text-ink-500" data-testid="shipment-difference">{t("difference", { amount: money(details.differenceMinor) })}</p> : null}
            <p className="text-xs" data-testid="shipment-payment-status">{t(`payment.${view.payment.status}` as "payment.pending")}</p>
          </div>
        ) : null}
        {s.trackingNumber ? <p className="border-t border-ink-100 pt-2">{t("trackingShort", { carrier: s.carrier ?? "", number: s.trackingNumber })}</p> : null}
      </aside>
    </div>
  );
}
