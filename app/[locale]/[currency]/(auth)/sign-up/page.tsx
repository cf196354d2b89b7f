import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link, redirect } from "@/i18n/navigation";
import { getSessionUser, safeNextPath } from "@/lib/auth/session";
import { currencies } from "@/lib/money/currencies";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { countryChoices, defaultCountryFor } from "@/lib/shipping/countries";

export const dynamic = "force-dynamic";

export const generateMetadata = privatePageMetadata("Auth", "signUpTitle");

export default async function SignUpPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: Promise<{ next?: string }> }) {
  const { locale, currency } = await shopContext(params);
  const target = safeNextPath((await searchParams).next, "/account");
  if (await getSessionUser()) redirect({ href: target, locale });
  const t = await getTranslations({ locale, namespace: "Auth" });
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  return (
    <AuthCard
      title={t("signUpTitle")}
      subtitle={t("signUpSubtitle")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(target)}`} className="font-medium text-brand-700 hover:underline">
            {t("signIn")}
          </Link>
        </>
      }
    >
      <ClientMessages locale={locale} namespaces={["Auth"]}>
        <SignUpForm
          next={target}
          countries={countryChoices(locale)}
          currencies={currencies.map((c) => ({ value: c, label: `${c} · ${names.of(c)}` }))}
          defaults={{ country: defaultCountryFor(locale), currency }}
        />
      </ClientMessages>
    </AuthCard>
  );
}
