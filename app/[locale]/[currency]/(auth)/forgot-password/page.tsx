import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/password-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";

export const generateMetadata = privatePageMetadata("Auth", "forgotTitle");

export default async function ForgotPasswordPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Auth" });
  return (
    <AuthCard title={t("forgotTitle")} subtitle={t("forgotSubtitle")} footer={<Link href="/sign-in" className="text-brand-700 hover:underline">{t("backToSignIn")}</Link>}>
      <ClientMessages locale={locale} namespaces={["Auth"]}>
        <ForgotPasswordForm />
      </ClientMessages>
    </AuthCard>
  );
}
