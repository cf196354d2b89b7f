"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/[locale]/[currency]/(factory)/factory-invitations/[id]/actions";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function AcceptInvitationButton({ invitationId }: { invitationId: number }) {
  const t = useTranslations("Team");
  const [state, action] = useActionState(acceptInvitationAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormAlert message={state.error} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton pendingLabel={t("accept.working")} testId="accept-invitation">{t("accept.submit")}</SubmitButton>
    </form>
  );
}
