"use client";
// The buyer accepts the current quote: the goods go into the cart at the quoted price. When the
// request named no variant and the listing has several, the buyer picks the one to order here.
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { acceptQuoteAction } from "@/components/rfq/actions";
import { CART_CHANGED_EVENT } from "@/components/layout/account-nav";
import { FormAlert, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useRouter } from "@/i18n/navigation";
import { initialFormState } from "@/lib/forms/form-state";

interface Props {
  rfqId: number;
  quoteId: number;
  /** Variants to choose from; empty when the request's variant (or the only one) is used. */
  variants: { id: number; label: string }[];
  summary: string;
}

export function AcceptQuoteForm({ rfqId, quoteId, variants, summary }: Props) {
  const t = useTranslations("Rfq.quote");
  const [state, action] = useActionState(acceptQuoteAction, initialFormState);
  const router = useRouter();
  useEffect(() => {
    if (state.status !== "ok") return;
    window.dispatchEvent(new Event(CART_CHANGED_EVENT));
    router.push("/cart");
  }, [state, router]);
  return (
    <form action={action} className="space-y-3 border-t border-ink-100 pt-4" noValidate data-testid="rfq-accept-form">
      <input type="hidden" name="rfqId" value={rfqId} />
      <input type="hidden" name="quoteId" value={quoteId} />
      {variants.length ? (
        <SelectField
          name="skuId"
          label={t("chooseVariant")}
          defaultValue={state.values.skuId ?? String(variants[0].id)}
          error={state.errors.skuId}
          options={variants.map((v) => ({ value: String(v.id), label: v.label }))}
        />
      ) : null}
      <p className="text-sm text-ink-700" data-testid="rfq-accept-summary">{summary}</p>
      <FormAlert message={state.errors._form} />
      <SubmitButton pendingLabel={t("accepting")} className="btn-primary w-full sm:w-auto" testId="rfq-accept">{t("accept")}</SubmitButton>
    </form>
  );
}
