// What the warehouse found for one order line, on the buyer's order page: the QC result with its
// photos and findings, extra photos to order, the buttons to approve or return (until the due date),
// the shelf, the storage clock with the fee so far, and the abandonment date as it nears.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import type { buyerOrderGoods } from "@/lib/warehouse/buyer-order-goods";
import { formatMoney } from "@/lib/money/format";
import { convertFromCny } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { FREE_QC_PHOTOS } from "@/lib/warehouse/qc-photos";
import { MAX_EXTRA_PHOTOS_PER_ORDER } from "@/lib/warehouse/order-extra-photos";
import { decideGoodsAction, orderExtraPhotosAction } from "./actions";
import { GateForm } from "./gate-form";

type Goods = NonNullable<ReturnType<Awaited<ReturnType<typeof buyerOrderGoods>>["get"]>>;

export async function LineGoods({ goods, locale, currency, ratePerCny }: { goods: Goods; locale: Locale; currency: Currency; ratePerCny: string }) {
  const t = await getTranslations({ locale, namespace: "Warehouse.goods" });
  const tTag = await getTranslations({ locale, namespace: "Warehouse.defects" });
  const format = await getFormatter({ locale });
  const fromFen = (fen: number) => formatMoney(convertFromCny(fen, ratePerCny, currency), currency, locale);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="mt-2 space-y-2 rounded-lg bg-ink-50 p-3 text-xs" data-testid="line-goods">
      <p className="font-semibold" data-testid="line-qc">
        {goods.result === "passed" ? t("passed") : t("failed")} · {t("counted", { counted: goods.countedQuantity, expected: goods.expectedQuantity })}
        {goods.defectTags.length ? ` · ${goods.defectTags.map((d) => tTag(d as "stain")).join(", ")}` : ""}
      </p>
      {goods.note ? <p>{goods.note}</p> : null}
      {goods.photos.length ? (
        <div className="flex flex-wrap gap-2">
          {goods.photos.map((key) => (
            <a key={key} href={`/media/${key}`} target="_blank">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={`/media/${key}`} alt={t("photoAlt")} className="h-20 w-20 rounded border border-ink-200 object-cover" data-testid="buyer-qc-photo" />
            </a>
          ))}
        </div>
      ) : null}
      <p className="text-ink-500" data-testid="line-photo-count">
        {t("photoCount", { count: goods.photos.length, allowed: FREE_QC_PHOTOS + goods.extraPhotosOrdered })}
        {goods.extraPhotosOrdered ? ` · ${t("extraOrdered", { count: goods.extraPhotosOrdered })}` : ""}
      </p>
      {goods.canOrderPhotos ? (
        <GateForm
          action={orderExtraPhotosAction} hidden={{ qcCheckId: goods.id }} testId={`extra-photos-${goods.orderLineId}`}
          className="flex flex-wrap items-end gap-2"
          fields={[{
            kind: "select", name: "count", label: t("extraPhotosLabel", { price: fromFen(goods.extraQcPhotoFen) }), defaultValue: "1",
            options: Array.from({ length: MAX_EXTRA_PHOTOS_PER_ORDER }, (_, i) => ({ value: String(i + 1), label: t("extraPhotosOption", { count: i + 1, amount: fromFen((i + 1) * goods.extraQcPhotoFen) }) })),
          }]}
          submitLabel={t("orderExtraPhotos")} submitClassName="btn-secondary text-xs"
        />
      ) : null}
      {goods.awaitingAnswer ? (
        <div className="flex flex-wrap items-center gap-2" data-testid="decide-goods">
          <span>{t("answerBy", { date: goods.approvalDueAt ? format.dateTime(goods.approvalDueAt, { dateStyle: "medium" }) : "—" })}</span>
          <GateForm action={decideGoodsAction} hidden={{ qcCheckId: goods.id, decision: "accept" }} testId={`approve-${goods.orderLineId}`} submitLabel={t("approve")} className="" submitClassName="btn-primary text-xs" />
          <GateForm action={decideGoodsAction} hidden={{ qcCheckId: goods.id, decision: "return_refund" }} testId={`return-${goods.orderLineId}`} submitLabel={t("return")} className="" submitClassName="btn-secondary text-xs" />
        </div>
      ) : goods.buyerDecision ? (
        <p data-testid="line-decision">{goods.buyerDecision === "accept" ? (goods.decidedBy === "auto" ? t("autoApproved") : t("approved")) : t("returned")}</p>
      ) : null}
      {goods.clock ? (
        <p data-testid="storage-clock" data-free={goods.clock.freeDaysLeft > 0 ? "yes" : "no"}>
          {goods.clock.freeDaysLeft > 0
            ? t("freeDaysLeft", { days: goods.clock.freeDaysLeft, shelf: goods.shelf ?? "" })
            : t("storageFee", {
                amount: fromFen(goods.clock.feeFen), months: goods.clock.monthsCharged, date: day(goods.clock.freeUntil),
                rate: fromFen(goods.storageFeeFenPerItemMonth), shelf: goods.shelf ?? "",
              })}
        </p>
      ) : null}
      {goods.unbilled.totalFen ? <p className="text-ink-500" data-testid="line-unbilled">{t("unbilled", { amount: fromFen(goods.unbilled.totalFen) })}</p> : null}
      {goods.abandon && goods.abandon.daysLeft <= 30 ? (
        <p className="font-semibold text-amber-800" data-testid="abandon-warning">{t("abandonWarning", { date: day(goods.abandon.abandonAt), days: goods.abandon.daysLeft })}</p>
      ) : null}
      {goods.lineStatus === "abandoned" ? (
        <p className="font-semibold text-red-700" data-testid="line-abandoned">{t("abandoned", { date: goods.abandonedAt ? day(goods.abandonedAt) : "—" })}</p>
      ) : null}
    </div>
  );
}
