import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/password-forms";
import { FormAlert } from "@/components/ui/field";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";

export const generateMetadata = privatePageMetadata("Auth", "resetTitle");

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: Promise<{ token?: string }> }) {
  const { locale } = await shopContext(params);
  const { token } = await searchParams;
  const t = await getTranslations({ locale, namespace: "Auth" });
  const tErrors = await getTranslations({ locale, namespace: "Forms.errors" });
  return (
    <AuthCard title={t("resetTitle")} footer={<Link href="/forgot-password" className="text-brand-700 hover:underline">{t("forgotTitle")}</Link>}>
      {token ? (
        <ClientMessages locale={locale} namespaces={["Auth"]}>
          <ResetPasswordForm token={token} />
        </ClientMessages>
      ) : (
        <FormAlert message={tErrors("resetLinkInvalid")} />
      )}
    </AuthCard>
  );
}
