"use client";
// The SKU matrix: option axes (colour, size, ...) with their values; every combination is a SKU,
// generated as the factory types, with its stock, price difference and the unit price it gets at
// each tier.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MAX_AXES, MAX_COMBINATIONS } from "@/lib/catalog/sku-matrix";
import { axisKeys } from "@/lib/listings/listing-schema";
import { yuanToFenOrRaw } from "@/lib/listings/listing-draft";
import { formatMoney } from "@/lib/money/format";
import type { EditorApi } from "./editor-api";
import { combinations, newRowId, type AxisRow, type EditorForm } from "./editor-form";
import { EditorSection, InlineError, invalid } from "./section";

const EMPTY_CELL = { stock: "0", priceDelta: "" };

/** Tiers that parse, for the price preview. */
export function parsedTiers(form: EditorForm) {
  return form.tiers.flatMap((t) => {
    const fen = yuanToFenOrRaw(t.unitPrice);
    const qty = Number(t.minQty);
    return typeof fen === "number" && fen > 0 && Number.isInteger(qty) && qty > 0 ? [{ id: t.id, minQty: qty, fen }] : [];
  });
}

export function VariantsSection({ api }: { api: EditorApi }) {
  const t = useTranslations("ListingEditor");
  const tAxes = useTranslations("Axes");
  const tUnits = useTranslations("Units");
  const { form, set, error, locale } = api;
  const combos = combinations(form.axes);
  const tiers = parsedTiers(form);
  const [bulk, setBulk] = useState({ stock: "", priceDelta: "" });

  const updateAxis = (id: string, change: (a: AxisRow) => AxisRow, ...places: string[]) =>
    set((f) => ({ ...f, axes: f.axes.map((a) => (a.id === id ? change(a) : a)) }), ...places);
  const setCell = (id: string, field: "stock" | "priceDelta", value: string) =>
    set((f) => ({ ...f, skus: { ...f.skus, [id]: { ...(f.skus[id] ?? EMPTY_CELL), [field]: value } } }), `sku:${id}.${field}`, `sku:${id}`);
  const freeAxis = axisKeys.find((k) => !form.axes.some((a) => a.axis === k));
  const total = combos.reduce((sum, c) => sum + (Number((form.skus[c.id] ?? EMPTY_CELL).stock) || 0), 0);

  return (
    <EditorSection id="variants" title={t("sections.variants")} hint={t("variants.hint")}>
      <div className="space-y-3">
        {form.axes.map((axis, a) => (
          <AxisEditor key={axis.id} api={api} axis={axis} index={a} onChange={updateAxis} />
        ))}
        <InlineError message={error("options")} />
        <button
          type="button"
          className="btn-secondary"
          disabled={form.axes.length >= MAX_AXES || !freeAxis}
          data-testid="add-axis"
          onClick={() => set((f) => ({ ...f, axes: [...f.axes, { id: newRowId(), axis: freeAxis!, values: [] }] }), "options", "skus")}
        >
          + {t("variants.addAxis")}
        </button>
        {form.axes.length >= MAX_AXES && <p className="text-xs text-ink-500">{t("variants.maxAxes", { max: MAX_AXES })}</p>}
      </div>

      <div className="mt-6 flex flex-wrap items-end justify-between gap-3">
        <p className="text-sm font-medium text-ink-700" data-testid="sku-count">
          {t("variants.count", { count: combos.length, stock: total })}
        </p>
        {combos.length > 1 && (
          <div className="flex flex-wrap items-end gap-2 text-sm">
            <label className="flex flex-col gap-1 text-xs text-ink-500">
              {t("variants.bulkStock")}
              <input className="input w-24" inputMode="numeric" dir="ltr" value={bulk.stock} onChange={(e) => setBulk({ ...bulk, stock: e.target.value })} data-testid="bulk-stock" />
            </label>
            <label className="flex flex-col gap-1 text-xs text-ink-500">
              {t("variants.bulkDelta")}
              <input className="input w-24" inputMode="decimal" dir="ltr" value={bulk.priceDelta} onChange={(e) => setBulk({ ...bulk, priceDelta: e.target.value })} />
            </label>
            <button
              type="button"
              className="btn-secondary"
              data-testid="bulk-apply"
              disabled={!bulk.stock.trim() && !bulk.priceDelta.trim()}
              onClick={() => {
                set((f) => {
                  const skus = { ...f.skus };
                  for (const c of combinations(f.axes)) {
                    const cell = skus[c.id] ?? EMPTY_CELL;
                    skus[c.id] = { stock: bulk.stock.trim() ? bulk.stock.trim() : cell.stock, priceDelta: bulk.priceDelta.trim() ? bulk.priceDelta.trim() : cell.priceDelta };
                  }
                  return { ...f, skus };
                }, "skus");
              }}
            >
              {t("variants.bulkApply")}
            </button>
          </div>
        )}
      </div>
      <InlineError message={error("skus")} testId="error-skus" />
      {combos.length > MAX_COMBINATIONS ? (
        <p className="mt-3 rounded-xl bg-amber-50 px-3 py-2.5 text-sm text-amber-800">{t("variants.tooMany", { count: combos.length, max: MAX_COMBINATIONS })}</p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-xl border border-ink-100">
          <table className="w-full min-w-max text-sm" data-testid="sku-matrix">
            <thead className="bg-ink-50 text-xs text-ink-500">
              <tr>
                {form.axes.map((axis) => (
                  <th key={axis.id} scope="col" className="px-3 py-2 text-start font-medium">{tAxes(axis.axis as "color")}</th>
                ))}
                <th scope="col" className="px-3 py-2 text-start font-medium">{t("variants.code")}</th>
                <th scope="col" className="px-3 py-2 text-start font-medium">{t("variants.stock")}</th>
                <th scope="col" className="px-3 py-2 text-start font-medium">{t("variants.priceDelta")}</th>
                {tiers.map((tier) => (
                  <th key={tier.id} scope="col" className="px-3 py-2 text-end font-medium whitespace-nowrap">
                    {t("variants.priceAt", { qty: tier.minQty, unit: tUnits(form.unit as "piece", { count: tier.minQty }) })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-ink-100">
              {combos.map((combo, i) => {
                const cell = form.skus[combo.id] ?? EMPTY_CELL;
                const stockError = error(`sku:${combo.id}.stock`);
                const deltaError = error(`sku:${combo.id}.priceDelta`);
                const rowError = error(`sku:${combo.id}`);
                const delta = cell.priceDelta.trim() ? yuanToFenOrRaw(cell.priceDelta, true) : 0;
                return (
                  <tr key={combo.id} className="align-top" data-testid="sku-editor-row">
                    {combo.values.map((v) => (
                      <td key={v.id} className="px-3 py-2.5 font-medium text-ink-900" lang={form.sourceLocale} dir="auto">{v.label || "—"}</td>
                    ))}
                    <td className="px-3 py-2.5 font-mono text-xs text-ink-500" dir="ltr">
                      {combo.code}
                      <InlineError message={rowError} />
                    </td>
                    <td className="px-3 py-1.5">
                      <input
                        aria-label={t("variants.stockOf", { code: combo.code })}
                        inputMode="numeric"
                        dir="ltr"
                        className={`input w-24 ${invalid(stockError)}`}
                        value={cell.stock}
                        data-testid={`sku-stock-${i}`}
                        onChange={(e) => setCell(combo.id, "stock", e.target.value)}
                      />
                      <InlineError message={stockError} testId={`error-sku-stock-${i}`} />
                    </td>
                    <td className="px-3 py-1.5">
                      <input
                        aria-label={t("variants.priceDeltaOf", { code: combo.code })}
                        inputMode="decimal"
                        dir="ltr"
                        placeholder="0.00"
                        className={`input w-24 ${invalid(deltaError)}`}
                        value={cell.priceDelta}
                        data-testid={`sku-delta-${i}`}
                        onChange={(e) => setCell(combo.id, "priceDelta", e.target.value)}
                      />
                      <InlineError message={deltaError} testId={`error-sku-delta-${i}`} />
                    </td>
                    {tiers.map((tier) => {
                      const price = typeof delta === "number" ? tier.fen + delta : null;
                      return (
                        <td key={tier.id} className={`px-3 py-2.5 text-end tabular-nums ${price !== null && price <= 0 ? "text-red-600" : "text-ink-700"}`} dir="ltr">
                          {price === null ? "—" : formatMoney(price, "CNY", locale)}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {tiers.length === 0 && <p className="mt-2 text-xs text-ink-500">{t("variants.noTiers")}</p>}
    </EditorSection>
  );
}

function AxisEditor({ api, axis, index, onChange }: {
  api: EditorApi;
  axis: AxisRow;
  index: number;
  onChange: (id: string, change: (a: AxisRow) => AxisRow, ...places: string[]) => void;
}) {
  const t = useTranslations("ListingEditor");
  const tAxes = useTranslations("Axes");
  const { form, set, error } = api;
  const [typed, setTyped] = useState("");
  const add = () => {
    const labels = typed.split(/[,，、;；\n]/).map((s) => s.trim()).filter(Boolean);
    if (!labels.length) return;
    onChange(axis.id, (a) => ({ ...a, values: [...a.values, ...labels.map((label) => ({ id: newRowId(), label }))] }), `axis:${axis.id}`, "skus", "options");
    setTyped("");
  };
  const axisError = error(`axis:${axis.id}`);
  return (
    <div className={`rounded-xl border p-3 ${axisError ? "border-red-300" : "border-ink-100"} bg-ink-50/50`} data-testid="axis">
      <div className="flex flex-wrap items-center gap-2">
        <select
          aria-label={t("variants.axis")}
          className="input w-auto font-medium"
          value={axis.axis}
          data-testid={`axis-select-${index}`}
          onChange={(e) => { const v = e.target.value; onChange(axis.id, (a) => ({ ...a, axis: v }), `axis:${axis.id}`); }}
        >
          {axisKeys.map((k) => (
            <option key={k} value={k} disabled={k !== axis.axis && form.axes.some((a) => a.axis === k)}>{tAxes(k)}</option>
          ))}
        </select>
        <span className="text-xs text-ink-500">{t("variants.valueCount", { count: axis.values.length })}</span>
        <button
          type="button"
          className="ms-auto rounded-lg px-2 py-1 text-sm text-ink-500 hover:bg-red-50 hover:text-red-700"
          data-testid={`remove-axis-${index}`}
          onClick={() => set((f) => ({ ...f, axes: f.axes.filter((a) => a.id !== axis.id) }), "options", "skus")}
        >
          {t("variants.removeAxis")}
        </button>
      </div>
      <ul className="mt-3 flex flex-wrap gap-2">
        {axis.values.map((value, v) => {
          const valueError = error(`value:${value.id}`);
          return (
            <li key={value.id} className="flex flex-col">
              <span className={`flex items-center rounded-lg border bg-white ${valueError ? "border-red-500" : "border-ink-300"}`}>
                <input
                  aria-label={t("variants.valueLabel", { axis: tAxes(axis.axis as "color"), n: v + 1 })}
                  lang={form.sourceLocale}
                  dir="auto"
                  className="w-24 rounded-s-lg bg-transparent px-2 py-1.5 text-sm focus:outline-none"
                  value={value.label}
                  maxLength={60}
                  data-testid={`axis-value-${index}-${v}`}
                  onChange={(e) => {
                    const label = e.target.value;
                    onChange(axis.id, (a) => ({ ...a, values: a.values.map((x) => (x.id === value.id ? { ...x, label } : x)) }), `value:${value.id}`, "options");
                  }}
                />
                <button
                  type="button"
                  className="rounded-e-lg px-2 py-1.5 text-ink-500 hover:bg-red-50 hover:text-red-700"
                  aria-label={t("variants.removeValue", { value: value.label })}
                  onClick={() => onChange(axis.id, (a) => ({ ...a, values: a.values.filter((x) => x.id !== value.id) }), "skus", "options")}
                >
                  <span aria-hidden>✕</span>
                </button>
              </span>
              <InlineError message={valueError} />
            </li>
          );
        })}
        <li className="flex items-center gap-1">
          <input
            aria-label={t("variants.newValue", { axis: tAxes(axis.axis as "color") })}
            placeholder={t("variants.newValuePlaceholder")}
            lang={form.sourceLocale}
            className="input w-52 py-1.5"
            value={typed}
            data-testid={`axis-new-value-${index}`}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="btn-secondary px-3 py-1.5" onClick={add} data-testid={`axis-add-value-${index}`}>
            {t("variants.addValue")}
          </button>
        </li>
      </ul>
      <InlineError message={axisError} />
    </div>
  );
}
