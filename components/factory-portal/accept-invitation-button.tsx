"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/components/factory-portal/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function AcceptInvitationButton({ invitationId }: { invitationId: number }) {
  const t = useTranslations("Team");
  const [state, action] = useActionState(acceptInvitationAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <FormAlert message={state.errors._form} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton pendingLabel={t("accept.working")} testId="accept-invitation">{t("accept.submit")}</SubmitButton>
    </form>
  );
}
