"use client";
// Address, warehouse and shipping line; the breakdown beside it is asked from the server each time
// a choice changes, so what the buyer sees is what the order will charge.
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, useTransition } from "react";
import { placeOrderAction, quoteAction } from "@/components/checkout/actions";
import type { QuoteView } from "@/lib/checkout/quote-checkout";
import { Field, FormAlert, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ShippingLineChoice } from "./shipping-line-choice";
import type { CheckoutOptions } from "@/lib/checkout/checkout-options";
import { useFormWithoutReset } from "@/components/ui/use-form-without-reset";
import { initialFormState } from "@/lib/forms/form-state";

interface Props {
  options: CheckoutOptions;
  countries: { value: string; label: string }[];
  defaults: { name: string; company: string; country: string };
  attemptKey: string;
  currency: string;
  testProvider: boolean;
}

export function CheckoutForm({ options, countries, defaults, attemptKey, currency, testProvider }: Props) {
  const t = useTranslations("Checkout");
  const [state, submit, placing] = useFormWithoutReset(placeOrderAction, initialFormState);
  const v = state.values;
  const [country, setCountry] = useState(v.country ?? defaults.country);
  const [warehouseId, setWarehouseId] = useState(Number(v.warehouseId) || options.warehouses[0]?.id);
  const agentId = options.warehouses.find((w) => w.id === warehouseId)?.agentId;
  // All the agent's lines: the server says per line whether it can carry the goods to the country, or why not.
  const lines = useMemo(() => options.lines.filter((l) => l.agentId === agentId), [options.lines, agentId]);
  const countryName = countries.find((c) => c.value === country)?.label ?? country;
  const [lineId, setLineId] = useState<number | undefined>(Number(v.shippingLineId) || undefined);
  const [quote, setQuote] = useState<QuoteView | null>(null);
  const [quoting, startQuote] = useTransition();
  const candidateIds = useMemo(() => lines.map((l) => l.id), [lines]);
  const chosenId = quote?.chosenLineId ?? lineId;

  useEffect(() => {
    if (!warehouseId || !lines.some((l) => l.countries.includes(country))) {
      setQuote({ ok: false, message: t("noLine") });
      return;
    }
    startQuote(async () => {
      const answer = await quoteAction({ warehouseId, shippingLineId: lineId, candidateLineIds: candidateIds, country });
      setQuote(answer.ok ? answer.data : { ok: false, message: answer.message });
    });
  }, [warehouseId, lineId, candidateIds, lines, country, t]);

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]" data-testid="checkout-form">
      <input type="hidden" name="attemptKey" value={attemptKey} />
      <div className="space-y-6">
        <section className="card p-5">
          <h2 className="text-lg font-semibold">{t("address")}</h2>
          <div className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2">
            <Field name="name" autoComplete="name" label={t("fields.name")} defaultValue={v.name ?? defaults.name} error={state.errors.name} />
            <Field name="company" autoComplete="organization" label={t("fields.company")} defaultValue={v.company ?? defaults.company} error={state.errors.company} />
            <Field name="line1" autoComplete="address-line1" label={t("fields.line1")} defaultValue={v.line1} error={state.errors.line1} className="sm:col-span-2" />
            <Field name="line2" autoComplete="address-line2" label={t("fields.line2")} defaultValue={v.line2} error={state.errors.line2} className="sm:col-span-2" />
            <Field name="city" autoComplete="address-level2" label={t("fields.city")} defaultValue={v.city} error={state.errors.city} />
            <Field name="region" autoComplete="address-level1" label={t("fields.region")} defaultValue={v.region} error={state.errors.region} />
            <Field name="postalCode" autoComplete="postal-code" label={t("fields.postalCode")} defaultValue={v.postalCode} error={state.errors.postalCode} dir="ltr" />
            <SelectField name="country" label={t("fields.country")} options={countries} defaultValue={country} onChange={(e) => setCountry(e.target.value)} error={state.errors.country} />
            <Field name="phone" type="tel" autoComplete="tel" label={t("fields.phone")} defaultValue={v.phone} error={state.errors.phone} dir="ltr" className="sm:col-span-2" />
          </div>
        </section>

        <section className="card p-5">
          <h2 className="text-lg font-semibold">{t("warehouse")}</h2>
          <p className="mt-1 text-sm text-ink-500">{t("warehouseHint")}</p>
          <div className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2">
            {options.warehouses.map((w) => (
              <label key={w.id} className={`flex cursor-pointer flex-col rounded-xl border p-4 ${w.id === warehouseId ? "border-brand-500 bg-brand-50 ring-1 ring-brand-500" : "border-ink-100 hover:border-ink-300"}`}>
                <span className="flex items-center gap-2">
                  <input type="radio" name="warehouseId" value={w.id} checked={w.id === warehouseId} onChange={() => setWarehouseId(w.id)} className="accent-brand-600" data-testid={`warehouse-${w.id}`} />
                  <span className="font-medium">{w.name}</span>
                </span>
                <span className="mt-1 text-sm text-ink-500">{w.agentName}</span>
                <span className="mt-1 text-xs text-ink-500">{t("feeRate", { pct: w.serviceFeeBps / 100 })}</span>
              </label>
            ))}
          </div>
          {state.errors.warehouseId ? <p className="mt-2 text-sm text-red-600">{state.errors.warehouseId}</p> : null}
        </section>

        <ShippingLineChoice lines={lines} country={country} countryName={countryName} chosenId={chosenId} quote={quote} onChoose={setLineId} />
        {state.errors.shippingLineId ? <p className="text-sm text-red-600">{state.errors.shippingLineId}</p> : null}
      </div>

      <aside className="card h-fit space-y-4 p-5 lg:sticky lg:top-28" aria-busy={quoting} data-testid="checkout-summary">
        <h2 className="text-lg font-semibold">{t("summary", { currency })}</h2>
        {quote?.ok ? (
          <>
            <dl className="space-y-2 text-sm">
              {quote.rows!.map((row) => (
                <div key={row.key} className={`flex justify-between gap-3 ${row.key === "intl" ? "border-t border-ink-100 pt-2" : ""}`}>
                  <dt className="text-ink-700">
                    {row.label}
                    {row.note ? <span className="block text-xs text-ink-500">{row.note}</span> : null}
                  </dt>
                  <dd className="font-medium tabular-nums" dir="ltr" data-testid={`quote-${row.key}`}>{row.amount}</dd>
                </div>
              ))}
            </dl>
            <div className="flex items-baseline justify-between border-t border-ink-100 pt-3">
              <span className="font-semibold">{t("payNow")}</span>
              <span className="text-xl font-bold tabular-nums text-brand-700" dir="ltr" data-testid="quote-first-payment">{quote.firstPayment}</span>
            </div>
            <p className="text-xs text-ink-500">{t("estimatedTotal", { amount: quote.estimatedTotal! })}</p>
            <p className="text-xs text-ink-500">{quote.parcel}</p>
            <div className="rounded-lg bg-ink-50 p-3">
              <h3 className="text-xs font-semibold uppercase tracking-wide text-ink-500">{t("landedTitle")}</h3>
              <ul className="mt-2 space-y-1 text-sm">
                {quote.landed!.map((l) => (
                  <li key={l.title} className="flex justify-between gap-3">
                    <span className="line-clamp-1" lang={l.titleLocale}>{l.title}</span>
                    <span className="shrink-0 tabular-nums" dir="ltr">{t("perUnit", { amount: l.perUnit })}</span>
                  </li>
                ))}
              </ul>
            </div>
          </>
        ) : quote ? (
          <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="quote-problem">{quote.message}</p>
        ) : (
          <p className="text-sm text-ink-500">{t("quoting")}</p>
        )}
        <FormAlert message={state.errors._form} />
        {Object.keys(state.errors).some((k) => k !== "_form") ? <FormAlert message={t("fixFields")} /> : null}
        {testProvider ? <p className="rounded-lg border border-dashed border-amber-400 bg-amber-50 p-3 text-xs text-amber-900">{t("testProviderNote")}</p> : null}
        <SubmitButton pendingLabel={t("placing")} pending={placing} disabled={quote?.ok === false} testId="place-order">{t("placeOrder")}</SubmitButton>
      </aside>
    </form>
  );
}
