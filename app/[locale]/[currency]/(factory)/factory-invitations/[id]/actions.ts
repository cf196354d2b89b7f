"use server";
// POST of the accept button: the signed-in user joins the factory they were invited to.
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { redirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { getSessionUser } from "@/lib/auth/session";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/factories/accept-invitation";

export async function acceptInvitationAction(_: { error?: string }, formData: FormData): Promise<{ error?: string }> {
  const locale = await actionLocale();
  const t = await getTranslations({ locale, namespace: "Team" });
  const user = await getSessionUser();
  if (!user) return { error: (await getTranslations({ locale, namespace: "Forms.errors" }))("signedOut") };
  try {
    await acceptInvitation(await getDb(), { invitationId: Number(formData.get("invitationId")), userId: user.id });
  } catch (error) {
    if (error instanceof ConflictError && t.has(`errors.${error.key}`)) return { error: t(`errors.${error.key}`) };
    if (error instanceof NotFoundError) return { error: t("errors.notFound") };
    throw error;
  }
  redirect({ href: "/factory", locale });
  return {};
}
