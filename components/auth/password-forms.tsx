"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { forgotPasswordAction, resetPasswordAction } from "@/components/auth/actions";
import { Field, FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

export function ForgotPasswordForm() {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(forgotPasswordAction, initialFormState);
  if (state.status === "ok") return <FormAlert tone="ok" message={t("resetSent", { email: state.values.email ?? "" })} />;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.errors._form} />
      <Field name="email" type="email" autoComplete="email" label={t("email")} defaultValue={state.values.email} error={state.errors.email} required />
      <SubmitButton pendingLabel={t("working")}>{t("sendResetLink")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.errors._form ?? state.errors.token} />
      <input type="hidden" name="token" value={token} />
      <Field name="newPassword" type="password" autoComplete="new-password" label={t("newPassword")} hint={t("passwordHint")} error={state.errors.newPassword} required />
      <Field name="confirmPassword" type="password" autoComplete="new-password" label={t("confirmPassword")} error={state.errors.confirmPassword} required />
      <SubmitButton pendingLabel={t("working")}>{t("setPassword")}</SubmitButton>
    </form>
  );
}
