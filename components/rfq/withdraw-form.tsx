"use client";
// The buyer withdraws a request not yet accepted.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { closeRfqAction } from "@/components/rfq/actions";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

export function WithdrawForm({ rfqId }: { rfqId: number }) {
  const t = useTranslations("Rfq.detail");
  const [state, action] = useActionState(closeRfqAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="rfqId" value={rfqId} />
      <SubmitButton className="btn-secondary w-full text-ink-700" testId="rfq-withdraw">{t("withdraw")}</SubmitButton>
      <FormAlert message={state.errors._form} />
    </form>
  );
}
