import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ProfileForm } from "@/components/auth/profile-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { localeNames, locales } from "@/i18n/locales";
import { membershipOf } from "@/lib/auth/require-member";
import { requireUser } from "@/lib/auth/session";
import { currencies } from "@/lib/money/currencies";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { countryChoices } from "@/lib/shipping/countries";

export const dynamic = "force-dynamic";

export const generateMetadata = privatePageMetadata("Auth", "accountTitle");

export default async function AccountPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const user = await requireUser(locale, "/account");
  const t = await getTranslations({ locale, namespace: "Auth" });
  const tFactory = await getTranslations({ locale, namespace: "Onboarding" });
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  const factory = await membershipOf(user.id, "factory");
  const footer = (
    <>
      <Link href="/orders" className="font-medium text-brand-700 hover:underline">{t("myOrders")}</Link>
      <span className="mt-3 block rounded-xl border border-ink-100 bg-white px-4 py-3">
        {factory ? (
          <Link href="/factory" className="font-medium text-brand-700 hover:underline" data-testid="account-factory-portal">
            {tFactory("portalLink", { name: factory.name })}
          </Link>
        ) : (
          <>
            {tFactory("signUpPrompt")}{" "}
            <Link href="/factory-onboarding" className="font-medium text-brand-700 hover:underline" data-testid="account-open-factory">
              {tFactory("signUpLink")}
            </Link>
          </>
        )}
      </span>
    </>
  );
  return (
    <AuthCard title={t("accountTitle")} subtitle={user.email} footer={footer}>
      <ClientMessages locale={locale} namespaces={["Auth"]}>
        <ProfileForm
          profile={{ name: user.name, company: user.company ?? "", country: user.country ?? "US", currency: user.currency, locale: user.locale }}
          countries={countryChoices(locale)}
          currencies={currencies.map((c) => ({ value: c, label: `${c} · ${names.of(c)}` }))}
          locales={locales.map((l) => ({ value: l, label: localeNames[l] }))}
        />
      </ClientMessages>
    </AuthCard>
  );
}
