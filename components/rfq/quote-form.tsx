"use client";
// The factory's quote: price breaks (from quantity, unit price in yuan; rows added and removed),
// lead time, the last day it can be accepted, and a note. Submitted by hand so that a refusal keeps
// every row as typed, with each problem next to its cell.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { answerQuoteAction } from "@/components/rfq/actions";
import { Field, FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormWithoutReset } from "@/components/ui/use-form-without-reset";
import { initialFormState } from "@/lib/forms/form-state";

interface Row {
  key: number;
  minQty: string;
  price: string;
}

interface Props {
  rfqId: number;
  quantity: number;
  defaults: { tiers: { minQty: number; price: string }[]; leadTimeDays: number; validUntil: string; minDate: string; maxDate: string };
  requote: boolean;
}

const MAX_ROWS = 6;

export function QuoteForm({ rfqId, quantity, defaults, requote }: Props) {
  const t = useTranslations("Rfq.factory");
  const [state, submit, pending] = useFormWithoutReset(answerQuoteAction, initialFormState);
  const [rows, setRows] = useState<Row[]>(() => defaults.tiers.map((tier, i) => ({ key: i, minQty: String(tier.minQty), price: tier.price })));
  const [nextKey, setNextKey] = useState(defaults.tiers.length);
  const update = (key: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const v = state.values;
  const error = (name: string) => state.errors[name];
  const tierErrors = rows.flatMap((_, i) => [error(`tiers.${i}.minQty`), error(`tiers.${i}.price`)]).filter(Boolean);
  const fieldErrors = Object.keys(state.errors).filter((k) => k !== "_form");

  return (
    <form onSubmit={submit} noValidate className="space-y-5" data-testid="rfq-quote-form">
      <input type="hidden" name="rfqId" value={rfqId} />
      <div>
        <h3 className="text-sm font-semibold text-ink-900">{t("tiers")}</h3>
        <p className="mt-0.5 text-xs text-ink-500">{t("tiersHint", { quantity })}</p>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[20rem] text-sm">
            <thead>
              <tr className="text-xs text-ink-500">
                <th className="pb-1.5 text-start font-medium">{t("minQty")}</th>
                <th className="pb-1.5 text-start font-medium">{t("price")}</th>
                <th className="w-10 pb-1.5"><span className="sr-only">{t("removeTier")}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.key} className="align-top" data-testid="quote-tier-row">
                  <td className="pe-2 pb-2">
                    <input
                      name={`tiers.${i}.minQty`}
                      aria-label={`${t("minQty")} ${i + 1}`}
                      inputMode="numeric"
                      value={row.minQty}
                      onChange={(e) => update(row.key, { minQty: e.target.value })}
                      className={`input tabular-nums ${error(`tiers.${i}.minQty`) ? "border-red-500 ring-1 ring-red-200" : ""}`}
                      dir="ltr"
                    />
                  </td>
                  <td className="pe-2 pb-2">
                    <div className="relative">
                      <span className="pointer-events-none absolute inset-y-0 start-3 flex items-center text-ink-500">¥</span>
                      <input
                        name={`tiers.${i}.price`}
                        aria-label={`${t("price")} ${i + 1}`}
                        inputMode="decimal"
                        value={row.price}
                        onChange={(e) => update(row.key, { price: e.target.value })}
                        className={`input ps-7 tabular-nums ${error(`tiers.${i}.price`) ? "border-red-500 ring-1 ring-red-200" : ""}`}
                        dir="ltr"
                      />
                    </div>
                  </td>
                  <td className="pb-2">
                    <button
                      type="button"
                      onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
                      disabled={rows.length === 1}
                      aria-label={t("removeTier")}
                      className="flex h-10 w-10 items-center justify-center rounded-xl text-ink-500 hover:bg-red-50 hover:text-red-600 disabled:opacity-30"
                    >
                      <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor"><path d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4z" /></svg>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {tierErrors.length || error("tiers") ? (
          <ul className="mt-1 space-y-0.5 text-sm text-red-600" data-testid="error-tiers">
            {[...new Set([error("tiers"), ...tierErrors].filter(Boolean))].map((message) => <li key={message}>{message}</li>)}
          </ul>
        ) : null}
        <button
          type="button"
          onClick={() => {
            setRows((all) => [...all, { key: nextKey, minQty: "", price: "" }]);
            setNextKey((k) => k + 1);
          }}
          disabled={rows.length >= MAX_ROWS}
          className="mt-1 text-sm font-semibold text-brand-700 hover:text-brand-800 disabled:opacity-40"
          data-testid="quote-add-tier"
        >
          + {t("addTier")}
        </button>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="leadTimeDays" type="number" inputMode="numeric" min={1} max={365} label={t("leadTime")} defaultValue={v.leadTimeDays ?? String(defaults.leadTimeDays)} error={error("leadTimeDays")} dir="ltr" />
        <Field name="validUntil" type="date" min={defaults.minDate} max={defaults.maxDate} label={t("validUntil")} defaultValue={v.validUntil ?? defaults.validUntil} error={error("validUntil")} dir="ltr" />
      </div>
      <div>
        <label htmlFor="note" className="mb-1.5 block text-sm font-medium text-ink-700">{t("note")}</label>
        <textarea id="note" name="note" rows={3} maxLength={2000} defaultValue={v.note} placeholder={t("notePlaceholder")} className={`input w-full ${error("note") ? "border-red-500" : ""}`} />
        {error("note") ? <p className="mt-1 text-sm text-red-600">{error("note")}</p> : null}
      </div>
      {requote ? <p className="text-xs text-ink-500">{t("requoteHint")}</p> : null}
      <FormAlert message={state.errors._form ?? (fieldErrors.length ? t("fixFields") : undefined)} />
      {state.status === "ok" ? <FormAlert tone="ok" message={t("sent")} /> : null}
      <SubmitButton pending={pending} pendingLabel={t("sending")} className="btn-primary w-full sm:w-auto" testId="quote-submit">{t("send")}</SubmitButton>
    </form>
  );
}
