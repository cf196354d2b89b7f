"use client";
// A settings form of the partner pages: messages next to the fields, what was typed kept, and a
// secret (a new key, a webhook secret) shown once after success.
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export function SettingsForm({
  action,
  submit,
  children,
  secretLabel,
  testId,
  compact = false,
  refreshOnSecret = true,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  submit: string;
  children?: (state: FormState) => ReactNode;
  secretLabel?: string;
  testId?: string;
  compact?: boolean;
  refreshOnSecret?: boolean;
}) {
  const t = useTranslations("Partner");
  const [state, formAction] = useActionState(action, initialFormState);
  void refreshOnSecret;
  return (
    <form action={formAction} className={compact ? "inline" : "space-y-3"} data-testid={testId} noValidate>
      {children?.(state)}
      {state.errors._form ? <p className="text-sm text-red-700" role="alert">{state.errors._form}</p> : null}
      <SubmitButton className={compact ? "text-sm font-medium text-brand-700 hover:underline" : "btn-primary"}>{submit}</SubmitButton>
      {state.status === "ok" && state.notice && secretLabel ? (
        <div className="rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm" role="status">
          <p className="font-semibold text-amber-900">{secretLabel}</p>
          <code className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-xs text-ink-900" dir="ltr" data-testid="shown-once">{state.notice}</code>
          <p className="mt-1 text-xs text-amber-800">{t("shownOnce")}</p>
        </div>
      ) : null}
    </form>
  );
}

export function FieldError({ state, name }: { state: FormState; name: string }) {
  return state.errors[name] ? <p className="mt-1 text-xs text-red-700">{state.errors[name]}</p> : null;
}
