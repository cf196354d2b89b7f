// What the warehouse found for one order line, on the buyer's order page: the QC result with its
// photos and findings, the buttons to approve or return (until the due date), the shelf and the
// storage clock.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import type { buyerOrderGoods } from "@/lib/warehouse/buyer-order-goods";
import { formatMoney } from "@/lib/money/format";
import { convertFromCny } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { decideGoodsAction } from "./actions";
import { GateForm } from "./gate-form";

type Goods = NonNullable<ReturnType<Awaited<ReturnType<typeof buyerOrderGoods>>["get"]>>;

export async function LineGoods({ goods, locale, currency, ratePerCny }: { goods: Goods; locale: Locale; currency: Currency; ratePerCny: string }) {
  const t = await getTranslations({ locale, namespace: "Warehouse.goods" });
  const tTag = await getTranslations({ locale, namespace: "Warehouse.defects" });
  const format = await getFormatter({ locale });
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
        <p data-testid="storage-clock">
          {goods.clock.freeDaysLeft > 0
            ? t("freeDaysLeft", { days: goods.clock.freeDaysLeft, shelf: goods.shelf ?? "" })
            : t("storageFee", { amount: formatMoney(convertFromCny(goods.clock.feeFen, ratePerCny, currency), currency, locale) })}
        </p>
      ) : null}
    </div>
  );
}
