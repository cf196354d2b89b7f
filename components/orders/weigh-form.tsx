"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestShippingPaymentAction } from "@/components/orders/actions";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

/** The agent enters the packed parcel's weight and size; the buyer is then asked for the shipping payment. */
export function WeighForm({ orderId }: { orderId: number }) {
  const t = useTranslations("AgentOrders");
  const [state, action] = useActionState(requestShippingPaymentAction, initialFormState);
  const input = (name: string, label: string) => (
    <label className="flex flex-col text-xs text-ink-500">
      {label}
      <input name={name} inputMode="decimal" defaultValue={state.values[name]} className={`input mt-1 w-20 py-1.5 ${state.errors[name] ? "border-red-500" : ""}`} data-testid={`weigh-${name}`} />
    </label>
  );
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      {input("weightKg", t("weightKg"))}
      {input("lengthCm", t("lengthCm"))}
      {input("widthCm", t("widthCm"))}
      {input("heightCm", t("heightCm"))}
      <SubmitButton className="btn-primary px-3 py-1.5 text-sm" testId={`weigh-submit-${orderId}`}>{t("request")}</SubmitButton>
      <div className="w-full"><FormAlert message={state.errors._form ?? Object.values(state.errors)[0]} /></div>
    </form>
  );
}
