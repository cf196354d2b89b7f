import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitationButton } from "@/components/factory-portal/accept-invitation-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getDb } from "@/db";
import { Link } from "@/i18n/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { findInvitation } from "@/lib/factories/find-invitation";
import { shopContext, type ShopParams } from "@/lib/page-context";

// Outside the portal's gate: the invited person is not a member yet. Per request (reads the session).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Team" });
  return { title: t("accept.title"), robots: { index: false } };
}

export default async function InvitationPage({ params }: { params: Promise<ShopParams & { id: string }> }) {
  const { locale } = await shopContext(params);
  const { id } = await params;
  const invitation = /^\d{1,9}$/.test(id) ? await findInvitation(await getDb(), Number(id)) : null;
  if (!invitation) notFound();
  const user = await getSessionUser();
  const t = await getTranslations({ locale, namespace: "Team" });
  const factoryName = (locale === "zh" ? invitation.nameZh : invitation.nameEn) ?? invitation.organisationName;
  const here = `/factory-invitations/${invitation.id}`;
  const matches = user && user.email.toLowerCase() === invitation.email.toLowerCase();

  let body;
  if (invitation.state !== "pending") {
    body = <p className="rounded-lg bg-ink-100 px-3 py-2 text-sm text-ink-700" data-testid="invitation-state">{t(`accept.state.${invitation.state}`)}</p>;
  } else if (!user) {
    body = (
      <div className="space-y-3">
        <p className="text-sm text-ink-700">{t("accept.signInFirst")}</p>
        <div className="flex flex-wrap gap-2">
          <Link href={`/sign-in?next=${encodeURIComponent(here)}`} className="btn-primary">{t("accept.signIn")}</Link>
          <Link href={`/sign-up?next=${encodeURIComponent(here)}`} className="btn-secondary">{t("accept.signUp")}</Link>
        </div>
      </div>
    );
  } else if (!matches) {
    body = <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="invitation-wrong-email">{t("errors.wrongEmail")}</p>;
  } else {
    body = (
      <ClientMessages locale={locale} namespaces={["Team"]}>
        <AcceptInvitationButton invitationId={invitation.id} />
      </ClientMessages>
    );
  }

  return (
    <AuthCard title={t("accept.title")} subtitle={t("accept.subtitle", { inviter: invitation.inviterName, factory: factoryName, role: t(`roles.${invitation.role}`) })}>
      {body}
    </AuthCard>
  );
}
