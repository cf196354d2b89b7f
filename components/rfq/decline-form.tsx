"use client";
// The factory declines a request, with an optional reason the buyer reads in the thread.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { declineRfqAction } from "@/components/rfq/actions";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

export function DeclineForm({ rfqId }: { rfqId: number }) {
  const t = useTranslations("Rfq.factory");
  const [state, action] = useActionState(declineRfqAction, initialFormState);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="btn-secondary w-full text-ink-700" data-testid="rfq-decline-open">
        {t("decline")}
      </button>
    );
  }
  return (
    <form action={action} className="card space-y-3 p-4" data-testid="rfq-decline-form">
      <input type="hidden" name="rfqId" value={rfqId} />
      <label htmlFor="reason" className="block text-sm font-medium text-ink-700">{t("declineReason")}</label>
      <textarea id="reason" name="reason" rows={3} maxLength={2000} defaultValue={state.values.reason} className="input w-full" />
      <FormAlert message={state.errors.reason ?? state.errors._form} />
      <div className="flex gap-2">
        <SubmitButton className="btn flex-1 bg-red-600 text-white hover:bg-red-700" testId="rfq-decline">{t("declineConfirm")}</SubmitButton>
        <button type="button" onClick={() => setOpen(false)} className="btn-secondary">{t("cancel")}</button>
      </div>
    </form>
  );
}
