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
const FACTORY_ONBOARDING = "/factory-onboarding";

export const generateMetadata = privatePageMetadata("Auth", "signUpTitle");

export default async function SignUpPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: Promise<{ next?: string }> }) {
  const { locale, currency } = await shopContext(params);
  const target = safeNextPath((await searchParams).next, "/account");
  if (await getSessionUser()) redirect({ href: target, locale });
  const t = await getTranslations({ locale, namespace: "Auth" });
  const tFactory = await getTranslations({ locale, namespace: "Onboarding" });
  const forFactory = target.startsWith(FACTORY_ONBOARDING);
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  return (
    <AuthCard
      title={forFactory ? tFactory("signUpTitle") : t("signUpTitle")}
      subtitle={forFactory ? tFactory("signUpSubtitle") : t("signUpSubtitle")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(target)}`} className="font-medium text-brand-700 hover:underline">
            {t("signIn")}
          </Link>
          {forFactory ? null : (
            <span className="mt-3 block rounded-xl border border-ink-100 bg-white px-4 py-3" data-testid="factory-sign-up">
              {tFactory("signUpPrompt")}{" "}
              <Link href={`/sign-up?next=${encodeURIComponent(FACTORY_ONBOARDING)}`} className="font-medium text-brand-700 hover:underline">
                {tFactory("signUpLink")}
              </Link>
            </span>
          )}
        </>
      }
    >
      {forFactory ? (
        <p className="mb-5 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="factory-sign-up-notice">
          {tFactory("signUpNotice")}
        </p>
      ) : null}
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
