"use server";
// The team page's actions. Each acts on the signed-in member's own factory (currentFactory); the
// rules — who may invite, change or remove whom, the last owner — live in lib/factories.
import { headers } from "next/headers";
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { actionLocale } from "@/lib/action-locale";
import { currentFactory } from "@/lib/auth/require-factory";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { changeMemberRole } from "@/lib/factories/change-member-role";
import { inviteMember } from "@/lib/factories/invite-member";
import { removeMember } from "@/lib/factories/remove-member";
import { revokeInvitation } from "@/lib/factories/revoke-invitation";
import type { FormState } from "@/lib/forms/form-state";
import { formValues } from "@/lib/forms/parse-form";

async function siteOrigin() {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.)/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}

/** A refused team operation as a message of the Team namespace. */
async function refusal(error: unknown, locale: Awaited<ReturnType<typeof actionLocale>>): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Team" });
  if (error instanceof ConflictError && t.has(`errors.${error.key}`)) return t(`errors.${error.key}`);
  if (error instanceof NotFoundError) return t("errors.notFound");
  throw error;
}

export async function inviteAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const factory = await currentFactory();
  const t = await getTranslations({ locale, namespace: "Team" });
  const tForms = await getTranslations({ locale, namespace: "Forms.errors" });
  if (!factory) return { status: "error", errors: { _form: tForms("signedOut") }, values: formValues(formData) };
  const origin = await siteOrigin();
  const email = String(formData.get("email") ?? "");
  try {
    await inviteMember(await getDb(), {
      organisationId: factory.factoryId,
      actorId: factory.user.id,
      email,
      role: String(formData.get("role") ?? ""),
      compose: (id) => ({
        subject: t("email.subject", { factory: factory.name }),
        body: t("email.body", { inviter: factory.user.name, factory: factory.name, link: `${origin}/${locale}/factory-invitations/${id}`, days: 7 }),
      }),
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      const errors = Object.fromEntries(
        error.issues.map((i) => [String(i.path[0] ?? "_form"), i.key === "alreadyMember" ? t("errors.alreadyMember") : tForms.has(i.key) ? tForms(i.key) : tForms("invalid")]),
      );
      return { status: "error", errors, values: formValues(formData) };
    }
    return { status: "error", errors: { _form: await refusal(error, locale) }, values: formValues(formData) };
  }
  refresh();
  return { status: "ok", errors: {}, values: {}, notice: t("invited", { email: email.trim().toLowerCase() }) };
}

export interface MemberActionState {
  error?: string;
}

export async function changeRoleAction(_: MemberActionState, formData: FormData): Promise<MemberActionState> {
  const locale = await actionLocale();
  const factory = await currentFactory();
  if (!factory) return { error: (await getTranslations({ locale, namespace: "Forms.errors" }))("signedOut") };
  try {
    await changeMemberRole(await getDb(), {
      organisationId: factory.factoryId,
      actorId: factory.user.id,
      memberUserId: Number(formData.get("userId")),
      role: String(formData.get("role") ?? ""),
    });
  } catch (error) {
    if (error instanceof ValidationError) return { error: (await getTranslations({ locale, namespace: "Forms.errors" }))("invalid") };
    return { error: await refusal(error, locale) };
  }
  refresh();
  return {};
}

export async function removeMemberAction(_: MemberActionState, formData: FormData): Promise<MemberActionState> {
  const locale = await actionLocale();
  const factory = await currentFactory();
  if (!factory) return { error: (await getTranslations({ locale, namespace: "Forms.errors" }))("signedOut") };
  try {
    await removeMember(await getDb(), { organisationId: factory.factoryId, actorId: factory.user.id, memberUserId: Number(formData.get("userId")) });
  } catch (error) {
    return { error: await refusal(error, locale) };
  }
  refresh();
  return {};
}

export async function revokeInvitationAction(_: MemberActionState, formData: FormData): Promise<MemberActionState> {
  const locale = await actionLocale();
  const factory = await currentFactory();
  if (!factory) return { error: (await getTranslations({ locale, namespace: "Forms.errors" }))("signedOut") };
  try {
    await revokeInvitation(await getDb(), { organisationId: factory.factoryId, actorId: factory.user.id, invitationId: Number(formData.get("invitationId")) });
  } catch (error) {
    return { error: await refusal(error, locale) };
  }
  refresh();
  return {};
}
