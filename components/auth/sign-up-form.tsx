"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpAction } from "@/components/auth/actions";
import { Field, FormAlert, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

export interface Choice {
  value: string;
  label: string;
}

export function SignUpForm({ next, countries, currencies, defaults }: { next: string; countries: Choice[]; currencies: Choice[]; defaults: { country: string; currency: string } }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(signUpAction, initialFormState);
  const v = state.values;
  return (
    <form action={action} className="space-y-4" noValidate data-testid="sign-up-form">
      <FormAlert message={state.errors._form} />
      <input type="hidden" name="next" value={next} />
      <Field name="name" autoComplete="name" label={t("name")} defaultValue={v.name} error={state.errors.name} required />
      <Field name="email" type="email" autoComplete="email" label={t("email")} defaultValue={v.email} error={state.errors.email} required />
      <Field name="password" type="password" autoComplete="new-password" label={t("password")} hint={t("passwordHint")} error={state.errors.password} required />
      <Field name="company" autoComplete="organization" label={t("company")} defaultValue={v.company} error={state.errors.company} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField name="country" label={t("country")} options={countries} defaultValue={v.country ?? defaults.country} error={state.errors.country} key={`c-${v.country}`} />
        <SelectField name="currency" label={t("currency")} options={currencies} defaultValue={v.currency ?? defaults.currency} error={state.errors.currency} key={`m-${v.currency}`} />
      </div>
      <SubmitButton pendingLabel={t("working")} testId="sign-up-submit">{t("createAccount")}</SubmitButton>
    </form>
  );
}
