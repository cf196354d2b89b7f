"use client";
// The factory hands the parcel to a carrier: carrier (common ones suggested) and the domestic
// tracking number; the agent's warehouse then expects it.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markShippedAction } from "./actions";
import { Field, FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

export function ShipForm({ purchaseOrderId, carriers }: { purchaseOrderId: number; carriers: string[] }) {
  const t = useTranslations("PurchaseOrders.detail");
  const [state, action] = useActionState(markShippedAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate data-testid="po-ship-form">
      <input type="hidden" name="purchaseOrderId" value={purchaseOrderId} />
      <Field name="carrier" label={t("carrier")} list="carriers" autoComplete="off" defaultValue={state.values.carrier ?? carriers[0]} error={state.errors.carrier} />
      <datalist id="carriers">
        {carriers.map((c) => <option key={c} value={c} />)}
      </datalist>
      <Field name="trackingNumber" label={t("tracking")} autoComplete="off" spellCheck={false} defaultValue={state.values.trackingNumber} error={state.errors.trackingNumber} hint={t("trackingHint")} dir="ltr" />
      <FormAlert message={state.errors._form} />
      <SubmitButton pendingLabel={t("shipping")} className="btn-primary w-full" testId="po-ship">{t("ship")}</SubmitButton>
    </form>
  );
}
