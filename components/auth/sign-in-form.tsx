"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "@/components/auth/actions";
import { Field, FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Link } from "@/i18n/navigation";
import { initialFormState } from "@/lib/forms/form-state";

export function SignInForm({ next, notice }: { next: string; notice?: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate data-testid="sign-in-form">
      <FormAlert message={notice} tone="ok" />
      <FormAlert message={state.errors._form} />
      <input type="hidden" name="next" value={next} />
      <Field name="email" type="email" autoComplete="email" label={t("email")} defaultValue={state.values.email} error={state.errors.email} required />
      <Field name="password" type="password" autoComplete="current-password" label={t("password")} error={state.errors.password} required />
      <div className="flex justify-end text-sm">
        <Link href="/forgot-password" className="text-brand-700 hover:underline">
          {t("forgot")}
        </Link>
      </div>
      <SubmitButton pendingLabel={t("working")} testId="sign-in-submit">{t("signIn")}</SubmitButton>
    </form>
  );
}
