"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setVerifiedAction } from "@/components/admin/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

/** Verify a factory, or withdraw the badge (asks first: buyers lose the verified filter's results). */
export function VerifyButton({ factoryId, verified, name }: { factoryId: number; verified: boolean; name: string }) {
  const t = useTranslations("Admin");
  const [state, action] = useActionState(setVerifiedAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (verified && !window.confirm(t("factories.confirmUnverify", { name }))) e.preventDefault();
      }}
      className="inline-flex flex-col items-end gap-1"
    >
      <input type="hidden" name="factoryId" value={factoryId} />
      <input type="hidden" name="verified" value={verified ? "0" : "1"} />
      <SubmitButton
        className={`${verified ? "btn-secondary" : "btn-primary"} whitespace-nowrap px-3 py-1.5`}
        pendingLabel={t("factories.working")}
        testId={verified ? "unverify-factory" : "verify-factory"}
      >
        {verified ? t("factories.unverify") : t("factories.verify")}
      </SubmitButton>
      {state.errors._form ? <span className="text-xs text-red-600" role="alert">{state.errors._form}</span> : null}
    </form>
  );
}
