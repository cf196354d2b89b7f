"use client";
// The stock & prices grid: stock and price difference editable in place, SKUs grouped under their
// listing (title, tiers). The rows changed are saved together (one transaction on the server) and each
// refused row shows its message beside the cell. What was typed stays until saved or discarded.
import { useTranslations } from "next-intl";
import { Fragment, useState, useTransition } from "react";
import { saveStockAction } from "@/components/factory-portal/stock-actions";
import type { StockSaveResult } from "@/lib/listings/save-stock-grid";
import { FormAlert } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { parsePriceDeltaYuan } from "@/lib/listings/price-delta";
import { formatMoney, minorToDecimalString } from "@/lib/money/format";

export interface StockGridRow {
  skuId: number;
  listingId: number;
  draft: boolean;
  title: string;
  titleLocale: string;
  options: string;
  code: string;
  stock: number;
  reserved: number;
  priceDeltaFen: number;
  tiers: { minQty: number; unitPriceFen: number }[];
  /** Each tier as the factory reads it ("≥10 件 ¥25.00"). */
  tierSteps: string[];
}

type Edit = { stock: string; priceDelta: string };
const LOW = 20;

export function StockGrid({ rows, locale }: { rows: StockGridRow[]; locale: string }) {
  const t = useTranslations("Stock");
  const [edits, setEdits] = useState<Record<number, Edit>>({});
  const [result, setResult] = useState<StockSaveResult | null>(null);
  const [pending, start] = useTransition();
  const money = (fen: number) => formatMoney(fen, "CNY", locale);
  const original = (row: StockGridRow): Edit => ({ stock: String(row.stock), priceDelta: minorToDecimalString(row.priceDeltaFen, "CNY") });
  const valueOf = (row: StockGridRow) => edits[row.skuId] ?? original(row);
  const isChanged = (row: StockGridRow) => {
    const edit = edits[row.skuId];
    return Boolean(edit) && (edit.stock.trim() !== String(row.stock) || parsePriceDeltaYuan(edit.priceDelta) !== row.priceDeltaFen);
  };
  const changed = rows.filter(isChanged);
  const set = (row: StockGridRow, field: keyof Edit, value: string) => setEdits((all) => ({ ...all, [row.skuId]: { ...valueOf(row), [field]: value } }));
  const save = () =>
    start(async () => {
      const answered = await saveStockAction({ rows: changed.map((row) => ({ skuId: row.skuId, ...valueOf(row) })) });
      const answer: StockSaveResult = answered.ok ? answered.data : { status: "error", message: answered.message, rowErrors: {} };
      setResult(answer);
      if (answer.status === "ok") setEdits({});
    });
  const discard = () => {
    setEdits({});
    setResult(null);
  };
  // Consecutive SKUs of one listing share a heading row.
  const groups: { listingId: number; rows: StockGridRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last?.listingId === row.listingId) last.rows.push(row);
    else groups.push({ listingId: row.listingId, rows: [row] });
  }

  const renderRow = (row: StockGridRow) => {
    const value = valueOf(row);
    const errors = result?.rowErrors[row.skuId];
    const stockNumber = /^\s*\d+\s*$/.test(value.stock) ? Number(value.stock) : null;
    const available = stockNumber === null ? null : stockNumber - row.reserved;
    const delta = parsePriceDeltaYuan(value.priceDelta);
    const prices = delta === null ? [] : row.tiers.map((tier) => tier.unitPriceFen + delta);
    const low = prices.length ? Math.min(...prices) : 0;
    const high = prices.length ? Math.max(...prices) : 0;
    return (
      <tr key={row.skuId} className={`border-t border-ink-100 ${isChanged(row) ? "bg-brand-50/60" : ""}`} data-testid="stock-row" data-sku-id={row.skuId} data-sku-code={row.code} data-listing-id={row.listingId}>
        <td className="px-4 py-3 align-top">
          <p className="font-mono text-xs font-medium text-ink-900" dir="ltr">{row.code}</p>
          {row.options ? <p className="mt-0.5 text-xs text-ink-500">{row.options}</p> : null}
        </td>
        <td className="px-3 py-3 align-top">
          <label className="sr-only" htmlFor={`stock-${row.skuId}`}>{t("columns.stock")} · {row.code}</label>
          <input
            id={`stock-${row.skuId}`}
            value={value.stock}
            onChange={(e) => set(row, "stock", e.target.value)}
            inputMode="numeric"
            dir="ltr"
            aria-invalid={errors?.stock ? true : undefined}
            aria-describedby={errors?.stock ? `stock-${row.skuId}-error` : undefined}
            className={`input py-1.5 text-end tabular-nums ${errors?.stock ? "border-red-500 ring-1 ring-red-200" : ""}`}
            data-testid="stock-input"
          />
          {errors?.stock ? <p id={`stock-${row.skuId}-error`} className="mt-1 text-xs text-red-600" data-testid="row-error-stock">{errors.stock}</p> : null}
        </td>
        <td className="px-3 py-3 text-end align-top tabular-nums text-ink-700"><span className="inline-block py-1.5">{row.reserved}</span></td>
        <td className="px-3 py-3 text-end align-top">
          <span
            className={`mt-1 inline-block rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ${available === null ? "text-ink-500" : available <= 0 ? "bg-red-50 text-red-700" : available < LOW ? "bg-amber-50 text-amber-800" : "bg-emerald-50 text-emerald-700"}`}
            data-testid="available"
          >
            {available ?? "–"}
          </span>
        </td>
        <td className="px-4 py-3 align-top">
          <label className="sr-only" htmlFor={`delta-${row.skuId}`}>{t("columns.priceDelta")} · {row.code}</label>
          <div className="relative">
            <span aria-hidden className="pointer-events-none absolute inset-y-0 start-3 flex items-center text-ink-500">¥</span>
            <input
              id={`delta-${row.skuId}`}
              value={value.priceDelta}
              onChange={(e) => set(row, "priceDelta", e.target.value)}
              inputMode="decimal"
              dir="ltr"
              aria-invalid={errors?.priceDelta ? true : undefined}
              aria-describedby={errors?.priceDelta ? `delta-${row.skuId}-error` : undefined}
              className={`input py-1.5 ps-7 text-end tabular-nums ${errors?.priceDelta ? "border-red-500 ring-1 ring-red-200" : ""}`}
              data-testid="delta-input"
            />
          </div>
          {errors?.priceDelta ? (
            <p id={`delta-${row.skuId}-error`} className="mt-1 text-xs text-red-600" data-testid="row-error-delta">{errors.priceDelta}</p>
          ) : prices.length ? (
            <p className={`mt-1 text-xs ${low <= 0 ? "text-red-600" : "text-ink-500"}`}>
              {t("unitPrice", { range: low === high ? money(low) : `${money(low)} – ${money(high)}` })}
            </p>
          ) : null}
        </td>
      </tr>
    );
  };

  return (
    <div className="card overflow-hidden" data-testid="stock-grid">
      {result?.message ? (
        <div className="border-b border-ink-100 p-3" aria-live="polite">
          <FormAlert tone={result.status === "ok" ? "ok" : "error"} message={result.message} />
        </div>
      ) : null}
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[40rem] text-sm">
          <thead className="bg-white text-xs font-medium text-ink-500">
            <tr>
              <th scope="col" className="px-4 py-2.5 text-start">{t("columns.sku")}</th>
              <th scope="col" className="w-36 px-3 py-2.5 text-start">{t("columns.stock")}</th>
              <th scope="col" className="w-24 px-3 py-2.5 text-end">{t("columns.reserved")}</th>
              <th scope="col" className="w-24 px-3 py-2.5 text-end">{t("columns.available")}</th>
              <th scope="col" className="w-60 px-4 py-2.5 text-start">{t("columns.priceDelta")}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <Fragment key={`${group.listingId}-${group.rows[0].skuId}`}>
                <tr className="border-t border-ink-100 bg-ink-50" data-testid="stock-listing">
                  <td colSpan={5} className="px-4 py-2.5">
                    {/* Sticky: on a phone the table scrolls sideways, the listing's heading stays in view. */}
                    <div className="sticky start-4 flex max-w-[calc(100vw-3rem)] flex-wrap items-baseline gap-x-3 gap-y-1 sm:max-w-none">
                      <Link href={`/factory/listings/${group.listingId}`} className="font-semibold text-ink-900 hover:text-brand-700 hover:underline" lang={group.rows[0].titleLocale}>
                        {group.rows[0].title}
                      </Link>
                      {group.rows[0].draft ? <span className="rounded bg-ink-100 px-1.5 py-0.5 text-xs font-medium text-ink-700">{t("draft")}</span> : null}
                      <span className="text-xs text-ink-500">
                        <span className="font-medium">{t("columns.tiers")}:</span>{" "}
                        {group.rows[0].tierSteps.length
                          ? group.rows[0].tierSteps.map((step, i) => (
                              <Fragment key={step}>
                                {i > 0 ? " · " : null}
                                <bdi>{step}</bdi>
                              </Fragment>
                            ))
                          : t("noTiers")}
                      </span>
                    </div>
                  </td>
                </tr>
                {group.rows.map(renderRow)}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <div className="sticky bottom-0 flex flex-wrap items-center justify-between gap-3 border-t border-ink-100 bg-white/95 px-4 py-3 backdrop-blur">
        <span className={`text-sm ${changed.length ? "font-medium text-brand-700" : "text-ink-500"}`} data-testid="changed-count">{t("grid.changed", { count: changed.length })}</span>
        <div className="flex gap-2">
          <button type="button" onClick={discard} disabled={pending || changed.length === 0} className="btn-secondary">{t("grid.discard")}</button>
          <button type="button" onClick={save} disabled={pending || changed.length === 0} aria-busy={pending} className="btn-primary" data-testid="save-stock">
            {pending ? t("grid.saving") : t("grid.save")}
          </button>
        </div>
      </div>
    </div>
  );
}
