import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ProfileForm } from "@/components/auth/profile-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { localeNames, locales } from "@/i18n/locales";
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
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  return (
    <AuthCard title={t("accountTitle")} subtitle={user.email} footer={<Link href="/orders" className="font-medium text-brand-700 hover:underline">{t("myOrders")}</Link>}>
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
