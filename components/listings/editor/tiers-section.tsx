"use client";
// Tiered wholesale prices: rows of "from this total quantity, this unit price" in yuan (sent as typed,
// converted to fen on the server). The server's problems show on the row they concern.
import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money/format";
import type { EditorApi } from "./editor-api";
import { newRowId } from "./editor-form";
import { EditorSection, InlineError, invalid } from "./section";
import { parsedTiers } from "./variants-section";

export function TiersSection({ api }: { api: EditorApi }) {
  const t = useTranslations("ListingEditor");
  const tUnits = useTranslations("Units");
  const { form, set, error, locale } = api;
  const parsed = parsedTiers(form);
  const unit = (count: number) => tUnits(form.unit as "piece", { count });
  const update = (id: string, field: "minQty" | "unitPrice", value: string) =>
    set((f) => ({ ...f, tiers: f.tiers.map((row) => (row.id === id ? { ...row, [field]: value } : row)) }), `tier:${id}.${field}`, `tier:${id}`, "tiers", "moq");

  return (
    <EditorSection id="tiers" title={t("sections.tiers")} hint={t("tiers.hint", { moq: form.moq || "—" })}>
      <ol className="space-y-3" data-testid="tier-rows">
        {form.tiers.map((row, i) => {
          const qtyError = error(`tier:${row.id}.minQty`);
          const priceError = error(`tier:${row.id}.unitPrice`);
          const rowError = error(`tier:${row.id}`);
          const next = parsed.find((p, k) => k > 0 && parsed[k - 1].id === row.id);
          const own = parsed.find((p) => p.id === row.id);
          const qty = Number(row.minQty);
          const range = Number.isInteger(qty) && qty > 0
            ? next && next.minQty > qty
              ? t("tiers.range", { from: qty, to: next.minQty - 1, unit: unit(next.minQty - 1) })
              : !next ? t("tiers.rangeOpen", { from: qty, unit: unit(qty) }) : null
            : null;
          return (
            <li key={row.id} className={`rounded-xl border p-3 ${rowError ? "border-red-300 bg-red-50/40" : "border-ink-100"}`} data-testid="tier-row">
              <div className="grid grid-cols-[auto_minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-2 sm:grid-cols-[auto_9rem_10rem_minmax(0,1fr)_auto] sm:gap-3">
                <span className="mt-7 inline-flex h-6 min-w-6 items-center justify-center rounded-full bg-ink-100 px-2 text-xs font-semibold text-ink-700">{i + 1}</span>
                <div>
                  <label htmlFor={`tier-min-${row.id}`} className="mb-1 block text-xs text-ink-500">{t("tiers.minQty")}</label>
                  <input
                    id={`tier-min-${row.id}`}
                    inputMode="numeric"
                    dir="ltr"
                    className={`input ${invalid(qtyError ?? rowError)}`}
                    value={row.minQty}
                    aria-invalid={qtyError || rowError ? true : undefined}
                    aria-describedby={rowError ? `tier-error-${row.id}` : undefined}
                    data-testid={`tier-min-${i}`}
                    onChange={(e) => update(row.id, "minQty", e.target.value)}
                  />
                  <InlineError message={qtyError} testId={`error-tier-min-${i}`} />
                </div>
                <div>
                  <label htmlFor={`tier-price-${row.id}`} className="mb-1 block text-xs text-ink-500">{t("tiers.unitPrice")}</label>
                  <div className="relative">
                    <span className="pointer-events-none absolute inset-y-0 start-3 flex items-center text-sm text-ink-500">¥</span>
                    <input
                      id={`tier-price-${row.id}`}
                      inputMode="decimal"
                      dir="ltr"
                      placeholder="0.00"
                      className={`input ps-7 ${invalid(priceError)}`}
                      value={row.unitPrice}
                      aria-invalid={priceError ? true : undefined}
                      data-testid={`tier-price-${i}`}
                      onChange={(e) => update(row.id, "unitPrice", e.target.value)}
                      onBlur={() => {
                        // 12.5 -> 12.50: what will be stored, shown before saving.
                        const p = parsed.find((x) => x.id === row.id);
                        if (p && (p.fen / 100).toFixed(2) !== row.unitPrice) update(row.id, "unitPrice", (p.fen / 100).toFixed(2));
                      }}
                    />
                  </div>
                  <InlineError message={priceError} testId={`error-tier-price-${i}`} />
                </div>
                <p className="order-last col-span-full ps-8 text-sm text-ink-500 sm:order-none sm:col-span-1 sm:mt-7 sm:ps-0">
                  {range}
                  {own && <span className="ms-2 font-medium text-ink-900" dir="ltr">{formatMoney(own.fen, "CNY", locale)}</span>}
                </p>
                <button
                  type="button"
                  className="mt-6 rounded-lg px-2 py-2 text-sm text-ink-500 hover:bg-red-50 hover:text-red-700"
                  aria-label={t("tiers.remove", { n: i + 1 })}
                  data-testid={`remove-tier-${i}`}
                  onClick={() => set((f) => ({ ...f, tiers: f.tiers.filter((x) => x.id !== row.id) }), "tiers")}
                >
                  <span aria-hidden>✕</span>
                </button>
              </div>
              {rowError && (
                <p id={`tier-error-${row.id}`} className="mt-2 text-sm text-red-600" role="alert" data-testid={`error-tier-${i}`}>
                  {rowError}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <InlineError message={error("tiers")} testId="error-tiers" />
      {error("moq") && <InlineError message={error("moq")} testId="error-tiers-moq" />}
      <button
        type="button"
        className="btn-secondary mt-3"
        disabled={form.tiers.length >= 10}
        data-testid="add-tier"
        onClick={() => set((f) => ({ ...f, tiers: [...f.tiers, { id: newRowId(), minQty: "", unitPrice: "" }] }), "tiers")}
      >
        + {t("tiers.add")}
      </button>
    </EditorSection>
  );
}
