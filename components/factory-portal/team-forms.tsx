"use client";
// The team page's forms: invite by e-mail, change a member's role or remove them, withdraw an invitation.
import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition, type FormEvent } from "react";
import { changeRoleAction, inviteAction, removeMemberAction, revokeInvitationAction } from "@/components/factory-portal/actions";
import { Field, FormAlert, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

type Choice = { value: string; label: string };

export function InviteForm({ roles }: { roles: Choice[] }) {
  const t = useTranslations("Team");
  const [state, action] = useActionState(inviteAction, initialFormState);
  const v = state.values;
  return (
    <section className="card p-4 sm:p-5">
      <h3 className="text-base font-semibold text-ink-900">{t("invite.title")}</h3>
      <p className="mt-1 text-sm text-ink-500">{t("invite.intro")}</p>
      <form action={action} noValidate className="mt-4 grid items-start gap-3 sm:grid-cols-[1fr_12rem_auto]" data-testid="invite-form">
        <Field name="email" type="email" autoComplete="off" label={t("invite.email")} placeholder="name@example.com" defaultValue={v.email} error={state.errors.email} dir="ltr" key={`e-${v.email}`} />
        <SelectField name="role" label={t("invite.role")} options={roles} defaultValue={v.role ?? "member"} error={state.errors.role} key={`r-${v.role}`} />
        <SubmitButton className="btn-primary sm:mt-7" pendingLabel={t("invite.sending")} testId="invite-submit">{t("invite.submit")}</SubmitButton>
      </form>
      <div className="mt-3 space-y-2" aria-live="polite">
        <FormAlert message={state.errors._form} />
        {state.status === "ok" ? <FormAlert tone="ok" message={state.notice} /> : null}
      </div>
    </section>
  );
}

export function MemberControls({ userId, role, roles, name }: { userId: number; role: string; roles: Choice[]; name: string }) {
  const t = useTranslations("Team");
  const [roleState, changeRole] = useActionState(changeRoleAction, initialFormState);
  const [removeState, remove] = useActionState(removeMemberAction, initialFormState);
  const [chosen, setChosen] = useState(role);
  const [pending, start] = useTransition();
  const error = roleState.errors._form ?? removeState.errors._form;
  // Submitted by hand: a form's `action` resets it afterwards, which would show another role than chosen.
  const submitRole = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    start(() => changeRole(data));
  };
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <form onSubmit={submitRole} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={userId} />
          <label className="sr-only" htmlFor={`role-${userId}`}>{t("columns.role")} · {name}</label>
          <select id={`role-${userId}`} name="role" value={chosen} onChange={(e) => setChosen(e.target.value)} className="input w-36 py-1.5" data-testid="member-role-select">
            {roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
          </select>
          {chosen !== role ? <SubmitButton pending={pending} className="btn-secondary px-3 py-1.5" testId="member-role-save">{t("saveRole")}</SubmitButton> : null}
        </form>
        <form
          action={remove}
          onSubmit={(e) => {
            if (!window.confirm(t("confirmRemove", { name }))) e.preventDefault();
          }}
        >
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" className="rounded-lg px-2.5 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50" data-testid="member-remove">{t("remove")}</button>
        </form>
      </div>
      {error ? <p className="mt-1 text-xs text-red-600" role="alert" data-testid="member-error">{error}</p> : null}
    </div>
  );
}

export function RevokeInvitation({ invitationId }: { invitationId: number }) {
  const t = useTranslations("Team");
  const [state, action] = useActionState(revokeInvitationAction, initialFormState);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" className="rounded-lg px-2.5 py-1.5 text-sm font-medium text-ink-700 hover:bg-ink-50" data-testid="invitation-revoke">{t("revoke")}</button>
      {state.errors._form ? <span className="text-xs text-red-600">{state.errors._form}</span> : null}
    </form>
  );
}
