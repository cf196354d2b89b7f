"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { convertFromCny, lineTotal } from "@/lib/money/convert";
import { formatMoney } from "@/lib/money/format";
import { moqShortfall, nextTier, sortTiers, tierForQuantity } from "@/lib/pricing/tiers";
import type { PurchaseProps } from "./types";

interface Props extends PurchaseProps {
  quantities: Record<number, number>;
  total: number;
  onChange(skuId: number, quantity: number): void;
}

export function OrderPanel({ locale, currency, ratePerCny, unit, moq, tiers, options, skus, quantities, total, onChange }: Props) {
  const t = useTranslations("Listing");
  const tUnits = useTranslations("Units");
  const tAxes = useTranslations("Axes");
  const money = (fen: number) => formatMoney(convertFromCny(fen, ratePerCny, currency), currency, locale);
  const unitLabel = (count: number) => tUnits(unit as "piece", { count });
  const sorted = sortTiers(tiers);
  const reached = tierForQuantity(sorted, total);
  const next = nextTier(sorted, total);
  const missing = moqShortfall(moq, total);
  const [firstAxis, secondAxis] = options;
  const [activeValue, setActiveValue] = useState(firstAxis?.values[0]?.id);

  const priceFen = reached?.unitPriceFen ?? sorted[0]?.unitPriceFen ?? 0;
  const goods = skus.reduce((sum, sku) => sum + lineTotal(priceFen + sku.priceDeltaFen, quantities[sku.id] ?? 0, ratePerCny, currency), 0);

  // Rows of quantity inputs: the second axis for the chosen first-axis value, or the first axis, or one row.
  const rows = skus
    .filter((sku) => !secondAxis || sku.optionValueIds[0] === activeValue)
    .map((sku) => {
      const value = secondAxis
        ? secondAxis.values.find((v) => v.id === sku.optionValueIds[1])
        : firstAxis?.values.find((v) => v.id === sku.optionValueIds[0]);
      return { sku, label: value?.label ?? "", labelLocale: value?.labelLocale, swatch: value?.swatch ?? null };
    });

  return (
    <div className="space-y-5">
      <div className="rounded-2xl bg-brand-50/60 p-4 ring-1 ring-brand-100">
        <h2 className="text-sm font-semibold text-ink-700">{t("priceTiers")}</h2>
        <table className="mt-3 w-full text-sm" data-testid="tier-table">
          <thead>
            <tr className="text-start text-xs text-ink-500">
              <th className="pb-2 text-start font-medium">{t("tierQuantity", { unit: unitLabel(2) })}</th>
              <th className="pb-2 text-end font-medium">{t("tierPrice")}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((tier, i) => {
              const isReached = reached?.minQty === tier.minQty;
              const upper = sorted[i + 1]?.minQty;
              return (
                <tr key={tier.minQty} data-reached={isReached || undefined} className={isReached ? "bg-white font-semibold text-brand-700 shadow-sm" : "text-ink-700"}>
                  <td className="rounded-s-lg px-2 py-1.5">
                    {upper ? t("tierRange", { min: tier.minQty, max: upper - 1 }) : t("tierFrom", { min: tier.minQty })}
                    {isReached && <span className="ms-2 rounded bg-brand-700 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-white">{t("tierReached")}</span>}
                  </td>
                  <td className="rounded-e-lg px-2 py-1.5 text-end text-base" dir="ltr">
                    {money(tier.unitPriceFen)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div>
        <h2 className="text-sm font-semibold text-ink-700">{options.length ? t("chooseOptions") : t("quantity")}</h2>
        {firstAxis && secondAxis && (
          <div className="mt-3">
            <p className="text-xs text-ink-500">{tAxes(firstAxis.axis as "color")}</p>
            <div className="mt-1.5 flex flex-wrap gap-2">
              {firstAxis.values.map((v) => {
                const count = skus.filter((s) => s.optionValueIds[0] === v.id).reduce((sum, s) => sum + (quantities[s.id] ?? 0), 0);
                return (
                  <button
                    key={v.id}
                    type="button"
                    onClick={() => setActiveValue(v.id)}
                    aria-pressed={activeValue === v.id}
                    data-testid="option-value"
                    className={`relative flex items-center gap-1.5 rounded-lg border px-2.5 py-1.5 text-sm ${activeValue === v.id ? "border-brand-500 bg-brand-50 text-brand-800" : "border-ink-100 bg-white hover:border-ink-300"}`}
                  >
                    {v.swatch && <span aria-hidden className="h-4 w-4 rounded-full ring-1 ring-ink-300" style={{ background: v.swatch }} />}
                    <span lang={v.labelLocale} dir="auto" data-testid="option-label">{v.label}</span>
                    {count > 0 && <span className="absolute -end-1.5 -top-1.5 rounded-full bg-brand-700 px-1.5 text-[10px] font-bold text-white">{count}</span>}
                  </button>
                );
              })}
            </div>
          </div>
        )}
        <div className="mt-3 divide-y divide-ink-100 rounded-xl border border-ink-100 bg-white">
          {secondAxis && <p className="px-3 pt-2 text-xs text-ink-500">{tAxes(secondAxis.axis as "size")}</p>}
          {!secondAxis && firstAxis && <p className="px-3 pt-2 text-xs text-ink-500">{tAxes(firstAxis.axis as "color")}</p>}
          {rows.map(({ sku, label, labelLocale, swatch }) => (
            <div key={sku.id} className="flex items-center gap-3 px-3 py-2" data-testid="sku-row">
              <span className="flex min-w-0 flex-1 items-center gap-2 text-sm">
                {swatch && <span aria-hidden className="h-4 w-4 shrink-0 rounded-full ring-1 ring-ink-300" style={{ background: swatch }} />}
                <span lang={labelLocale} dir="auto" className="truncate">{label || unitLabel(1)}</span>
                {sku.priceDeltaFen !== 0 && <span className="text-xs text-ink-500" dir="ltr">{sku.priceDeltaFen > 0 ? "+" : "−"}{money(Math.abs(sku.priceDeltaFen))}</span>}
              </span>
              <span className={`text-xs ${sku.available > 0 ? "text-ink-500" : "text-red-600"}`}>{t("available", { count: sku.available })}</span>
              <QuantityInput
                value={quantities[sku.id] ?? 0}
                max={sku.available}
                label={`${t("quantity")} ${label}`}
                decreaseLabel={t("decrease")}
                increaseLabel={t("increase")}
                onChange={(q) => onChange(sku.id, q)}
              />
            </div>
          ))}
        </div>
      </div>

      <div className="space-y-1 text-sm" aria-live="polite">
        <p className="text-ink-500" data-testid="quantity-total">{t("quantityTotal", { count: total, unit: unitLabel(total) })}</p>
        <p className="flex items-baseline justify-between">
          <span className="text-ink-700">{t("estimatedGoods", { count: total, unit: unitLabel(total) })}</span>
          <span className="text-xl font-bold text-ink-900" dir="ltr" data-testid="goods-total">{formatMoney(goods, currency, locale)}</span>
        </p>
        <p className={missing > 0 ? "text-amber-700" : "text-emerald-700"}>
          {missing > 0 ? t("moqMissing", { count: missing, moq }) : t("moqReached")}
        </p>
        {missing === 0 && (
          <p className="text-ink-500">
            {next
              ? t("nextTier", {
                  count: next.missingQuantity,
                  price: money(next.tier.unitPriceFen),
                  saving: formatMoney(convertFromCny(next.savingPerUnitFen, ratePerCny, currency), currency, locale),
                })
              : t("bestTier")}
          </p>
        )}
      </div>
    </div>
  );
}

function QuantityInput({
  value,
  max,
  label,
  decreaseLabel,
  increaseLabel,
  onChange,
}: {
  value: number;
  max: number;
  label: string;
  decreaseLabel: string;
  increaseLabel: string;
  onChange(q: number): void;
}) {
  const set = (q: number) => onChange(Math.max(0, Math.min(max, Number.isFinite(q) ? Math.floor(q) : 0)));
  return (
    <span className="flex items-center rounded-lg border border-ink-300" dir="ltr">
      <button type="button" className="h-8 w-8 text-lg text-ink-700 disabled:opacity-30" onClick={() => set(value - 1)} disabled={value <= 0} aria-label={decreaseLabel}>
        −
      </button>
      <input
        aria-label={label}
        inputMode="numeric"
        className="h-8 w-14 border-x border-ink-300 text-center text-sm focus:outline-2 focus:-outline-offset-2 focus:outline-brand-500"
        value={value}
        disabled={max <= 0}
        onChange={(e) => set(Number(e.target.value.replace(/\D/g, "")))}
      />
      <button type="button" className="h-8 w-8 text-lg text-ink-700 disabled:opacity-30" onClick={() => set(value + 1)} disabled={value >= max} aria-label={increaseLabel}>
        +
      </button>
    </span>
  );
}
