"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateProfileAction } from "@/components/auth/actions";
import { Field, FormAlert, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Choice } from "./sign-up-form";

export function ProfileForm({ profile, countries, currencies, locales }: { profile: Record<string, string>; countries: Choice[]; currencies: Choice[]; locales: Choice[] }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(updateProfileAction, { status: "idle" as const, errors: {}, values: profile });
  const v = state.values;
  return (
    <form action={action} className="space-y-4" noValidate data-testid="profile-form">
      {state.status === "ok" ? <FormAlert tone="ok" message={t("saved")} /> : null}
      <FormAlert message={state.errors._form} />
      <Field name="name" label={t("name")} defaultValue={v.name} error={state.errors.name} key={`n-${v.name}`} />
      <Field name="company" label={t("company")} defaultValue={v.company} error={state.errors.company} key={`co-${v.company}`} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <SelectField name="country" label={t("country")} options={countries} defaultValue={v.country} error={state.errors.country} key={`c-${v.country}`} />
        <SelectField name="currency" label={t("currency")} options={currencies} defaultValue={v.currency} error={state.errors.currency} key={`m-${v.currency}`} />
        <SelectField name="locale" label={t("language")} options={locales} defaultValue={v.locale} error={state.errors.locale} key={`l-${v.locale}`} />
      </div>
      <SubmitButton pendingLabel={t("working")} className="btn-primary">{t("save")}</SubmitButton>
    </form>
  );
}
