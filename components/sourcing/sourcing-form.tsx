"use client";
// "Ask us to source it": link or photo, category, quantity, target price and notes. Submitted by hand
// (useFormWithoutReset), so after a refusal everything typed stays, the chosen photo included.
import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormWithoutReset } from "@/components/ui/use-form-without-reset";
import { initialFormState } from "@/lib/forms/form-state";
import { createSourcingRequestAction } from "./actions";

interface Props {
  link: string;
  currency: string;
  categories: { value: string; label: string }[];
}

export function SourcingForm({ link, currency, categories }: Props) {
  const t = useTranslations("Sourcing");
  const [state, submit, pending] = useFormWithoutReset(createSourcingRequestAction, initialFormState);
  const v = state.values;
  return (
    <form onSubmit={submit} noValidate className="space-y-5" data-testid="sourcing-form">
      <input type="hidden" name="currency" value={currency} />
      <Field name="link" type="url" inputMode="url" label={t("fields.link")} hint={t("fields.linkHint")} defaultValue={v.link ?? link} error={state.errors.link} dir="ltr" />
      <div>
        <label htmlFor="photo" className="mb-1.5 block text-sm font-medium text-ink-700">{t("fields.photo")}</label>
        <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" className="block w-full text-sm text-ink-700 file:me-3 file:rounded-lg file:border-0 file:bg-ink-100 file:px-3 file:py-2 file:text-sm file:font-medium" aria-invalid={state.errors.photo ? true : undefined} />
        <p className="mt-1 text-xs text-ink-500">{t("fields.photoHint")}</p>
        {state.errors.photo ? <p className="mt-1 text-sm text-red-600" data-testid="error-photo">{state.errors.photo}</p> : null}
      </div>
      <SelectField
        name="categoryId"
        label={t("fields.category")}
        defaultValue={v.categoryId ?? ""}
        error={state.errors.categoryId}
        options={[{ value: "", label: t("fields.categoryPlaceholder") }, ...categories]}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="quantity" type="number" inputMode="numeric" min={1} label={t("fields.quantity")} defaultValue={v.quantity} error={state.errors.quantity} dir="ltr" />
        <Field name="targetPrice" inputMode="decimal" label={t("fields.targetPrice", { currency })} placeholder="0.00" defaultValue={v.targetPrice} error={state.errors.targetPrice} dir="ltr" />
      </div>
      <div>
        <label htmlFor="notes" className="mb-1.5 block text-sm font-medium text-ink-700">{t("fields.notes")}</label>
        <textarea id="notes" name="notes" rows={4} maxLength={2000} defaultValue={v.notes} className={`input w-full ${state.errors.notes ? "border-red-500 ring-1 ring-red-200" : ""}`} />
        {state.errors.notes ? <p className="mt-1 text-sm text-red-600" data-testid="error-notes">{state.errors.notes}</p> : null}
      </div>
      <FormAlert message={state.errors._form} />
      <SubmitButton pending={pending} pendingLabel={t("sending")} className="btn-primary w-full sm:w-auto" testId="sourcing-submit">{t("send")}</SubmitButton>
    </form>
  );
}
