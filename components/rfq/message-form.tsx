"use client";
// Writes one message in a request's thread (the buyer's or the factory's action is passed in).
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export function MessageForm({ rfqId, action: serverAction }: { rfqId: number; action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const t = useTranslations("Rfq.thread");
  const [state, action] = useActionState(serverAction, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "ok") form.current?.reset();
  }, [state]);
  const error = state.errors.body ?? state.errors._form;
  return (
    <form ref={form} action={action} className="space-y-2" noValidate data-testid="rfq-message-form">
      <input type="hidden" name="rfqId" value={rfqId} />
      <label htmlFor="body" className="sr-only">{t("placeholder")}</label>
      <textarea
        id="body"
        name="body"
        rows={3}
        maxLength={2000}
        placeholder={t("placeholder")}
        defaultValue={state.status === "error" ? state.values.body : undefined}
        aria-invalid={error ? true : undefined}
        className={`input w-full ${error ? "border-red-500 ring-1 ring-red-200" : ""}`}
        data-testid="rfq-message-body"
      />
      <FormAlert message={error} />
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("sending")} className="btn-secondary" testId="rfq-message-send">{t("send")}</SubmitButton>
      </div>
    </form>
  );
}
