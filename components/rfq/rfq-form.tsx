"use client";
// The buyer's request for a quotation: variant, quantity, target unit price in the buyer's currency,
// notes and an optional image. Submitted by hand (not through the form's `action`), so that after a
// refusal the form keeps everything, the chosen file included.
import { useLocale, useTranslations } from "next-intl";
import { postForm } from "@/components/ui/post-form";
import { useRouter } from "@/i18n/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { Field, FormAlert, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormWithoutReset } from "@/components/ui/use-form-without-reset";
import { initialFormState } from "@/lib/forms/form-state";

interface Props {
  listingId: number;
  currency: string;
  moq: number;
  unitLabel: string;
  variants: { id: number; label: string }[];
}

export function RfqForm({ listingId, currency, moq, unitLabel, variants }: Props) {
  const t = useTranslations("Rfq.new");
  const locale = useLocale();
  const router = useRouter();
  // A photo may be up to 8 MB: posted to a route handler (POST /api/rfqs), not a server action.
  const createRfq = async (_: FormState, form: FormData): Promise<FormState> => {
    const posted = await postForm<{ number: string }>(`/api/rfqs?locale=${locale}`, form, t("fixFields"));
    if (!posted.ok) return posted.state;
    router.push(`/rfqs/${posted.data.number}?sent=1`);
    return { status: "ok", errors: {}, values: {} };
  };
  const [state, submit, pending] = useFormWithoutReset(createRfq, initialFormState);
  const v = state.values;
  const fieldErrors = Object.keys(state.errors).filter((k) => k !== "_form");
  return (
    <form onSubmit={submit} noValidate className="space-y-5" data-testid="rfq-form">
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="currency" value={currency} />
      {variants.length > 1 ? (
        <SelectField
          name="skuId"
          label={t("variant")}
          defaultValue={v.skuId ?? ""}
          error={state.errors.skuId}
          options={[{ value: "", label: t("anyVariant") }, ...variants.map((variant) => ({ value: String(variant.id), label: variant.label }))]}
        />
      ) : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          name="quantity"
          type="number"
          inputMode="numeric"
          min={moq}
          label={t("quantity", { unit: unitLabel })}
          defaultValue={v.quantity ?? String(moq)}
          error={state.errors.quantity}
          hint={t("quantityHint", { moq })}
          dir="ltr"
        />
        <Field
          name="targetPrice"
          inputMode="decimal"
          label={t("targetPrice", { currency })}
          placeholder="0.00"
          defaultValue={v.targetPrice}
          error={state.errors.targetPrice}
          hint={t("targetPriceHint")}
          dir="ltr"
        />
      </div>
      <div>
        <label htmlFor="notes" className="mb-1.5 block text-sm font-medium text-ink-700">{t("notes")}</label>
        <textarea
          id="notes"
          name="notes"
          rows={5}
          maxLength={2000}
          defaultValue={v.notes}
          placeholder={t("notesPlaceholder")}
          aria-invalid={state.errors.notes ? true : undefined}
          className={`input w-full ${state.errors.notes ? "border-red-500 ring-1 ring-red-200" : ""}`}
        />
        {state.errors.notes ? <p className="mt-1 text-sm text-red-600" data-testid="error-notes">{state.errors.notes}</p> : null}
      </div>
      <div>
        <label htmlFor="attachment" className="mb-1.5 block text-sm font-medium text-ink-700">{t("attachment")}</label>
        <input
          id="attachment"
          name="attachment"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
          className="block w-full cursor-pointer rounded-xl border border-dashed border-ink-300 bg-ink-50 p-3 text-sm text-ink-700 file:me-3 file:rounded-lg file:border-0 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-ink-900 file:shadow-sm hover:border-brand-300"
        />
        {state.errors.attachment ? (
          <p className="mt-1 text-sm text-red-600" data-testid="error-attachment">{state.errors.attachment}</p>
        ) : (
          <p className="mt-1 text-xs text-ink-500">{t("attachmentHint")}</p>
        )}
      </div>
      <FormAlert message={state.errors._form ?? (fieldErrors.length ? t("fixFields") : undefined)} />
      <SubmitButton pending={pending} pendingLabel={t("sending")} className="btn-primary w-full sm:w-auto" testId="rfq-submit">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
