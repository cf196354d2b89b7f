"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptPurchaseOrderAction } from "./actions";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

/** The factory confirms it will supply the purchase order's lines (those not rejected). */
export function AcceptPoForm({ purchaseOrderId }: { purchaseOrderId: number }) {
  const t = useTranslations("PurchaseOrders.detail");
  const [state, action] = useActionState(acceptPurchaseOrderAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="purchaseOrderId" value={purchaseOrderId} />
      <SubmitButton pendingLabel={t("accepting")} className="btn-primary w-full" testId="po-accept">{t("accept")}</SubmitButton>
      <FormAlert message={state.errors._form} />
    </form>
  );
}
