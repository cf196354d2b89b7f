"use client";
// One form for the warehouse's gated actions, described by the server page (labels already
// translated): fields with their errors next to them, what was typed kept on a refusal, the form's
// own message and the success notice. A scanner form keeps its input focused and clears it after
// each scan.
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export type GateField =
  | { kind: "text" | "number"; name: string; label: string; defaultValue?: string; placeholder?: string; step?: string; dir?: "ltr"; autoFocus?: boolean; required?: boolean; inputMode?: "decimal" | "numeric" | "text"; hint?: string
      /** Spans the whole row of a two-column form. */
      wide?: boolean
      /** Offered as the user types (a datalist); anything else typed is still sent. */
      suggestions?: { value: string; label: string }[] }
  | { kind: "textarea"; name: string; label: string; defaultValue?: string }
  | { kind: "checkbox"; name: string; label: string; defaultChecked?: boolean }
  | { kind: "checkboxes"; name: string; label: string; options: { value: string; label: string; hint?: string }[]; defaultChecked?: string[] }
  | { kind: "radio" | "select"; name: string; label: string; options: { value: string; label: string; hint?: string }[]; defaultValue?: string }
  | { kind: "file"; name: string; label: string; multiple?: boolean; accept?: string; capture?: boolean; hint?: string };

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  hidden?: Record<string, string | number>;
  fields?: GateField[];
  submitLabel: string;
  pendingLabel?: string;
  testId?: string;
  /** Keep the first text field focused and empty after every answer (keyboard-wedge scanners). */
  scanner?: boolean;
  className?: string;
  submitClassName?: string;
  children?: ReactNode;
}

export function GateForm({ action, hidden = {}, fields = [], submitLabel, pendingLabel, testId, scanner, className = "space-y-3", submitClassName = "btn-primary", children }: Props) {
  const [state, dispatch] = useActionState(action, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!scanner) return;
    const input = form.current?.querySelector<HTMLInputElement>("input[type=text]");
    if (input) {
      if (state.status === "ok") input.value = "";
      input.focus();
    }
  }, [state, scanner]);
  const kept = (name: string, fallback?: string) => (state.status === "error" ? (state.values[name] ?? fallback) : fallback);
  return (
    <form ref={form} action={dispatch} className={className} noValidate data-testid={testId}>
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      {fields.map((f) => {
        const error = state.errors[f.name];
        const errorEl = error ? <p className="mt-1 text-sm text-red-600" data-testid={`error-${f.name}`}>{error}</p> : null;
        switch (f.kind) {
          case "text":
          case "number":
            return (
              <div key={f.name} className={f.wide ? "sm:col-span-2" : undefined}>
                <label htmlFor={`${testId}-${f.name}`} className="mb-1 block text-sm font-medium text-ink-700">{f.label}</label>
                <input id={`${testId}-${f.name}`} name={f.name} type="text" inputMode={f.kind === "number" ? (f.inputMode ?? "decimal") : f.inputMode}
                  defaultValue={kept(f.name, f.defaultValue)} placeholder={f.placeholder} dir={f.dir} autoFocus={f.autoFocus} autoComplete="off"
                  list={f.suggestions?.length ? `${testId}-${f.name}-list` : undefined}
                  aria-invalid={error ? true : undefined} className={`input w-full ${error ? "border-red-500" : ""}`} data-testid={`${testId}-${f.name}`} />
                {f.suggestions?.length ? (
                  <datalist id={`${testId}-${f.name}-list`} data-testid={`${testId}-${f.name}-list`}>
                    {f.suggestions.map((o) => <option key={o.value} value={o.value} label={o.label} />)}
                  </datalist>
                ) : null}
                {f.hint && !error ? <p className="mt-1 text-xs text-ink-500">{f.hint}</p> : null}
                {errorEl}
              </div>
            );
          case "textarea":
            return (
              <div key={f.name}>
                <label htmlFor={`${testId}-${f.name}`} className="mb-1 block text-sm font-medium text-ink-700">{f.label}</label>
                <textarea id={`${testId}-${f.name}`} name={f.name} rows={2} defaultValue={kept(f.name, f.defaultValue)} className="input w-full" data-testid={`${testId}-${f.name}`} />
                {errorEl}
              </div>
            );
          case "checkbox":
            return (
              <div key={f.name}>
                <label className="inline-flex items-center gap-2 text-sm text-ink-700">
                  <input type="checkbox" name={f.name} defaultChecked={state.status === "error" ? state.values[f.name] === "on" : f.defaultChecked} data-testid={`${testId}-${f.name}`} />
                  {f.label}
                </label>
                {errorEl}
              </div>
            );
          case "checkboxes":
          case "radio":
            return (
              <fieldset key={f.name}>
                <legend className="mb-1 text-sm font-medium text-ink-700">{f.label}</legend>
                <div className="flex flex-wrap gap-x-4 gap-y-2">
                  {f.options.map((o, i) => (
                    <label key={o.value} className="inline-flex items-start gap-2 text-sm text-ink-700">
                      <input
                        type={f.kind === "radio" ? "radio" : "checkbox"} name={f.name} value={o.value} className="mt-1"
                        defaultChecked={f.kind === "radio" ? ((f as { defaultValue?: string }).defaultValue ?? f.options[0]?.value) === o.value : "defaultChecked" in f && f.defaultChecked?.includes(o.value)}
                        data-testid={`${testId}-${f.name}-${i}`}
                      />
                      <span>{o.label}{o.hint ? <span className="block text-xs text-ink-500">{o.hint}</span> : null}</span>
                    </label>
                  ))}
                </div>
                {errorEl}
              </fieldset>
            );
          case "select":
            return (
              <div key={f.name}>
                <label htmlFor={`${testId}-${f.name}`} className="mb-1 block text-sm font-medium text-ink-700">{f.label}</label>
                <select id={`${testId}-${f.name}`} name={f.name} defaultValue={kept(f.name, f.defaultValue)} className="input w-full" data-testid={`${testId}-${f.name}`}>
                  {f.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
                {errorEl}
              </div>
            );
          case "file":
            return (
              <div key={f.name}>
                <label htmlFor={`${testId}-${f.name}`} className="mb-1 block text-sm font-medium text-ink-700">{f.label}</label>
                <input id={`${testId}-${f.name}`} name={f.name} type="file" multiple={f.multiple} accept={f.accept ?? "image/*"} capture={f.capture ? "environment" : undefined} className="block w-full text-sm" data-testid={`${testId}-${f.name}`} />
                {f.hint && !error ? <p className="mt-1 text-xs text-ink-500">{f.hint}</p> : null}
                {errorEl}
              </div>
            );
        }
      })}
      {children}
      <FormAlert message={state.errors._form} />
      {state.status === "ok" && state.notice ? <p role="status" className="rounded-lg bg-emerald-50 p-2 text-sm text-emerald-800" data-testid={`${testId}-notice`}>{state.notice}</p> : null}
      <SubmitButton pendingLabel={pendingLabel} className={submitClassName} testId={`${testId}-submit`}>{submitLabel}</SubmitButton>
    </form>
  );
}
