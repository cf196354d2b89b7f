import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link, redirect } from "@/i18n/navigation";
import { getSessionUser, safeNextPath } from "@/lib/auth/session";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";
type SearchParams = Promise<{ next?: string; reset?: string }>;

export const generateMetadata = privatePageMetadata("Auth", "signInTitle");

export default async function SignInPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: SearchParams }) {
  const { locale } = await shopContext(params);
  const { next, reset } = await searchParams;
  const target = safeNextPath(next, "/");
  if (await getSessionUser()) redirect({ href: target, locale });
  const t = await getTranslations({ locale, namespace: "Auth" });
  return (
    <AuthCard
      title={t("signInTitle")}
      subtitle={t("signInSubtitle")}
      footer={
        <>
          {t("noAccount")}{" "}
          <Link href={`/sign-up?next=${encodeURIComponent(target)}`} className="font-medium text-brand-700 hover:underline">
            {t("createAccount")}
          </Link>
        </>
      }
    >
      <ClientMessages locale={locale} namespaces={["Auth"]}>
        <SignInForm next={target} notice={reset ? t("resetDone") : undefined} />
      </ClientMessages>
      <p className="mt-6 rounded-lg bg-ink-50 px-3 py-2 text-xs text-ink-500">{t("demoHint")}</p>
    </AuthCard>
  );
}
