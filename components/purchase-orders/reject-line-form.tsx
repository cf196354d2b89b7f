"use client";
// "Out of stock" on one line: the factory says why; the line is rejected and the buyer refunded.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { rejectLineAction } from "./actions";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

export function RejectLineForm({ purchaseOrderId, orderLineId }: { purchaseOrderId: number; orderLineId: number }) {
  const t = useTranslations("PurchaseOrders.detail");
  const [state, action] = useActionState(rejectLineAction, initialFormState);
  const [open, setOpen] = useState(false);
  if (!open && state.status !== "error") {
    return (
      <button type="button" onClick={() => setOpen(true)} className="text-xs font-semibold text-red-700 hover:text-red-800 hover:underline" data-testid="po-reject-open">
        {t("reject")}
      </button>
    );
  }
  const error = state.errors.reason ?? state.errors._form;
  return (
    <form action={action} className="mt-2 space-y-2 rounded-xl bg-red-50/60 p-3 ring-1 ring-red-100" noValidate data-testid="po-reject-form">
      <input type="hidden" name="purchaseOrderId" value={purchaseOrderId} />
      <input type="hidden" name="orderLineId" value={orderLineId} />
      <label htmlFor={`reason-${orderLineId}`} className="block text-xs font-medium text-ink-700">{t("rejectReason")}</label>
      <input
        id={`reason-${orderLineId}`}
        name="reason"
        maxLength={200}
        defaultValue={state.values.reason}
        placeholder={t("rejectPlaceholder")}
        aria-invalid={error ? true : undefined}
        className={`input ${error ? "border-red-500" : ""}`}
        data-testid="po-reject-reason"
      />
      <p className="text-xs text-ink-500">{t("rejectHint")}</p>
      <FormAlert message={error} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton className="btn bg-red-600 px-3 py-1.5 text-white hover:bg-red-700" testId="po-reject">{t("rejectConfirm")}</SubmitButton>
        <button type="button" onClick={() => setOpen(false)} className="btn-secondary px-3 py-1.5">{t("cancel")}</button>
      </div>
    </form>
  );
}
