import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitationButton } from "@/components/factory-portal/accept-invitation-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { viewInvitationOp } from "@/lib/factories/find-invitation";
import { pageRead } from "@/lib/gate/next";
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
  const view = await pageRead(viewInvitationOp, { id }, locale, `/factory-invitations/${id}`);
  const t = await getTranslations({ locale, namespace: "Team" });
  const here = `/factory-invitations/${view.id ?? id}`;
  if (!view.visible) {
    // Signed out: nothing about the invitation (who, which factory) until the invited address signs in.
    return (
      <AuthCard title={t("accept.title")}>
        <div className="space-y-3">
          <p className="text-sm text-ink-700">{t("accept.signInFirst")}</p>
          <div className="flex flex-wrap gap-2">
            <Link href={`/sign-in?next=${encodeURIComponent(here)}`} className="btn-primary">{t("accept.signIn")}</Link>
            <Link href={`/sign-up?next=${encodeURIComponent(here)}`} className="btn-secondary">{t("accept.signUp")}</Link>
          </div>
        </div>
      </AuthCard>
    );
  }
  const { invitation } = view;
  const factoryName = (locale === "zh" ? invitation.nameZh : invitation.nameEn) ?? invitation.organisationName;

  let body;
  if (invitation.state !== "pending") {
    body = <p className="rounded-lg bg-ink-100 px-3 py-2 text-sm text-ink-700" data-testid="invitation-state">{t(`accept.state.${invitation.state}`)}</p>;
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
