"use server";
// The factory's onboarding, invitations and team, through the gate: each acts on the signed-in
// member's own factory (the rules — who may invite, change or remove whom, the last owner — live
// in lib/factories), and an invitation is accepted only by the address it was sent to.
import { refresh } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { acceptInvitationOp } from "@/lib/factories/accept-invitation";
import { changeMemberRoleOp } from "@/lib/factories/change-member-role";
import { createFactoryOp } from "@/lib/factories/create-factory";
import { inviteMemberOp } from "@/lib/factories/invite-member";
import { removeMemberOp } from "@/lib/factories/remove-member";
import { revokeInvitationOp } from "@/lib/factories/revoke-invitation";
import { formAction } from "@/lib/gate/next";
import { getTranslations } from "next-intl/server";

const TEAM_KEYS = ["notAllowed", "ownerOnly", "lastOwner", "alreadyMember", "wrongEmail", "used", "revoked", "expired", "alreadyInFactory", "notFound"];
const team = { namespace: "Team", notFound: "errors.notFound", keys: Object.fromEntries(TEAM_KEYS.map((k) => [k, `errors.${k}`])) };

export const createFactoryAction = formAction(createFactoryOp, {
  input: (formData) => ({
    ...Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$") && k !== "mainCategoryIds")),
    mainCategoryIds: formData.getAll("mainCategoryIds").map(String),
  }),
  keys: { onboardingAlreadyFactory: "onboardingAlreadyFactory" },
  onSuccess: async () => redirect({ href: "/factory", locale: await actionLocale() }),
});

export const acceptInvitationAction = formAction(acceptInvitationOp, {
  ...team,
  onSuccess: async () => redirect({ href: "/factory", locale: await actionLocale() }),
});

export const inviteAction = formAction(inviteMemberOp, {
  ...team,
  onSuccess: async ({ email }) => {
    refresh();
    const t = await getTranslations({ locale: await actionLocale(), namespace: "Team" });
    return { status: "ok", errors: {}, values: {}, notice: t("invited", { email }) };
  },
});

export const changeRoleAction = formAction(changeMemberRoleOp, { ...team, onSuccess: () => refresh() });
export const removeMemberAction = formAction(removeMemberOp, { ...team, onSuccess: () => refresh() });
export const revokeInvitationAction = formAction(revokeInvitationOp, { ...team, onSuccess: () => refresh() });
