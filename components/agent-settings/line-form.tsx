"use client";
// The shipping line form with its rate editor: the fields the chosen pricing uses, each with its
// error next to it and what was typed kept, and a live preview of the line's price for sample
// shipments, computed as the agent types by quoteLine (lib/shipping/rate-preview.ts), the same
// function checkout and packing use. Labels come translated from the server page.
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormWithoutReset } from "@/components/ui/use-form-without-reset";
import { PRICING_FIELDS, ratesFromForm, type LinePricingChoice } from "@/lib/agent-settings/line-form";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { formatMoney } from "@/lib/money/format";
import { previewLine } from "@/lib/shipping/rate-preview";

type Option = { value: string; label: string };

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  lineId: number | "";
  values: Record<string, string>;
  countries: string[];
  active: boolean;
  locale: string;
  labels: Record<string, string>;
  hints: Record<string, string>;
  modes: Option[];
  pricings: Option[];
  countryOptions: Option[];
  preview: { title: string; hint: string; shipment: string; charged: string; price: string; invalid: string; tooHeavy: string; tooLarge: string; kg: string; m3: string; litres: string; freightTons: string; containers: string };
  submitLabel: string;
  pendingLabel: string;
}

const RATE_GROUP = ["firstWeight", "firstPrice", "stepWeight", "stepPrice", "volumetricDivisor", "freightTonPrice", "container20Price", "container40Price", "minCharge", "maxWeight", "maxVolume"];
const num = (n: number, digits = 3) => String(Number(n.toFixed(digits)));

function formObject(form: HTMLFormElement | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!form) return out;
  for (const [k, v] of new FormData(form).entries()) if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  return out;
}

export function LineForm(props: Props) {
  const { labels, hints, preview: p } = props;
  const [state, onSubmit] = useFormWithoutReset(props.action, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  const [typed, setTyped] = useState<Record<string, string>>(props.values);
  useEffect(() => setTyped(formObject(form.current)), [state]);
  const pricing = ((typed.pricing as LinePricingChoice) ?? "parcel") in PRICING_FIELDS ? (typed.pricing as LinePricingChoice) : "parcel";
  const shown = new Set(PRICING_FIELDS[pricing]);
  const rates = ratesFromForm(typed);
  const rows = rates ? previewLine(rates) : [];
  const freight = pricing === "lcl" || pricing === "container";

  const kept = (name: string, fallback = "") => (state.status === "error" ? (state.values[name] ?? fallback) : fallback);
  const error = (name: string) => state.errors[name];
  const field = (name: string, opts: { numeric?: boolean; ltr?: boolean } = {}) => (
    <div key={name} className={RATE_GROUP.includes(name) && !shown.has(name) ? "hidden" : undefined}>
      <label htmlFor={`line-${name}`} className="mb-1 block text-sm font-medium text-ink-700">{labels[name]}</label>
      <input id={`line-${name}`} name={name} type="text" inputMode={opts.numeric ? "decimal" : undefined} dir={opts.ltr || opts.numeric ? "ltr" : undefined} autoComplete="off"
        defaultValue={kept(name, props.values[name] ?? "")} aria-invalid={error(name) ? true : undefined}
        className={`input w-full ${error(name) ? "border-red-500" : ""}`} data-testid={`line-form-${name}`} />
      {hints[name] && !error(name) ? <p className="mt-1 text-xs text-ink-500">{hints[name]}</p> : null}
      {error(name) ? <p className="mt-1 text-sm text-red-600" data-testid={`error-${name}`}>{error(name)}</p> : null}
    </div>
  );
  const select = (name: "mode" | "pricing", options: Option[]) => (
    <div>
      <label htmlFor={`line-${name}`} className="mb-1 block text-sm font-medium text-ink-700">{labels[name]}</label>
      <select id={`line-${name}`} name={name} defaultValue={kept(name, props.values[name])} className="input w-full" data-testid={`line-form-${name}`}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error(name) ? <p className="mt-1 text-sm text-red-600" data-testid={`error-${name}`}>{error(name)}</p> : null}
    </div>
  );
  const keptCountries = state.status === "error" ? (state.values.countries ?? "").split(",") : props.countries;

  return (
    <form ref={form} onSubmit={onSubmit} onInput={() => setTyped(formObject(form.current))} onChange={() => setTyped(formObject(form.current))} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" data-testid="line-form">
      <input type="hidden" name="lineId" value={props.lineId} />
      <div className="card grid gap-4 p-4 sm:grid-cols-2">
        {field("code", { ltr: true })}
        {select("mode", props.modes)}
        {field("nameZh")}
        {field("nameEn")}
        <div className="sm:col-span-2">{select("pricing", props.pricings)}</div>
        {RATE_GROUP.map((name) => field(name, { numeric: true }))}
        {field("daysMin", { numeric: true })}
        {field("daysMax", { numeric: true })}
        <fieldset className="sm:col-span-2">
          <legend className="mb-1 text-sm font-medium text-ink-700">{labels.countries}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {props.countryOptions.map((c) => (
              <label key={c.value} className="inline-flex items-center gap-2 text-sm text-ink-700">
                <input type="checkbox" name="countries" value={c.value} defaultChecked={keptCountries.includes(c.value)} data-testid={`line-form-country-${c.value}`} />
                {c.label}
              </label>
            ))}
          </div>
          {error("countries") ? <p className="mt-1 text-sm text-red-600" data-testid="error-countries">{error("countries")}</p> : null}
        </fieldset>
        <label className="inline-flex items-center gap-2 text-sm text-ink-700 sm:col-span-2">
          <input type="checkbox" name="active" defaultChecked={state.status === "error" ? state.values.active === "on" : props.active} data-testid="line-form-active" />
          {labels.active}
        </label>
        <div className="space-y-2 sm:col-span-2">
          <FormAlert message={state.errors._form} />
          {state.status === "ok" && state.notice ? <p role="status" className="rounded-lg bg-emerald-50 p-2 text-sm text-emerald-800" data-testid="line-form-notice">{state.notice}</p> : null}
          <SubmitButton pendingLabel={props.pendingLabel} className="btn-primary" testId="line-form-submit">{props.submitLabel}</SubmitButton>
        </div>
      </div>
      <section className="card h-fit p-4" aria-live="polite">
        <h3 className="font-semibold">{p.title}</h3>
        <p className="mt-1 text-xs text-ink-500">{p.hint}</p>
        {rates ? (
          <table className="mt-3 w-full text-sm" data-testid="line-preview">
            <thead className="text-xs text-ink-500">
              <tr><th className="py-1 text-start font-medium">{p.shipment}</th><th className="text-start font-medium">{p.charged}</th><th className="text-end font-medium">{p.price}</th></tr>
            </thead>
            <tbody className="divide-y divide-ink-100">
              {rows.map((r) => (
                <tr key={`${r.weightG}-${r.volumeL}`} data-testid="line-preview-row" data-weight-g={r.weightG}>
                  <td className="py-1.5 tabular-nums" dir="ltr">{freight ? `${num(r.weightG / 1000)} ${p.kg} · ${num(r.volumeL / 1000)} ${p.m3}` : `${num(r.weightG / 1000)} ${p.kg} · ${r.volumeL} ${p.litres}`}</td>
                  <td className="tabular-nums text-ink-500" dir="ltr">
                    {r.quote.costFen == null ? "—"
                      : r.quote.containers ? `${r.quote.containers.c20 ? `${r.quote.containers.c20}×20'` : ""}${r.quote.containers.c20 && r.quote.containers.c40 ? " + " : ""}${r.quote.containers.c40 ? `${r.quote.containers.c40}×40'` : ""}`
                      : r.quote.freightTonsMilli != null ? `${num(r.quote.freightTonsMilli / 1000)} ${p.freightTons}`
                      : `${num(r.quote.chargeableWeightG / 1000)} ${p.kg}`}
                  </td>
                  <td className="text-end font-medium tabular-nums" data-testid="line-preview-price">
                    {r.quote.costFen == null ? <span className="text-xs font-normal text-amber-700">{r.quote.refusal === "tooHeavy" ? p.tooHeavy : p.tooLarge}</span> : formatMoney(r.quote.costFen, "CNY", props.locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-3 text-sm text-amber-700" data-testid="line-preview-invalid">{p.invalid}</p>
        )}
      </section>
    </form>
  );
}
