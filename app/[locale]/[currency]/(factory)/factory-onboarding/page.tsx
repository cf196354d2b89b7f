import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OnboardingForm } from "@/components/factory-portal/onboarding-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requestDb } from "@/lib/gate/next";
import { redirect } from "@/i18n/navigation";
import { membershipOf } from "@/lib/auth/require-member";
import { getSessionUser } from "@/lib/auth/session";
import { getCategoryTree } from "@/lib/catalog/categories";
import { MAX_MAIN_CATEGORIES } from "@/lib/factories/factory-schema";
import { provinceLabel, provinceKeys } from "@/lib/factories/provinces";
import { shopContext, type ShopParams } from "@/lib/page-context";

// Outside the portal's gate: the user has no factory yet. Per request (reads the session).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Onboarding" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FactoryOnboardingPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const user = await getSessionUser();
  if (!user) redirect({ href: `/sign-up?next=${encodeURIComponent("/factory-onboarding")}`, locale });
  if (await membershipOf(user!.id, "factory")) redirect({ href: "/factory", locale });
  const t = await getTranslations({ locale, namespace: "Onboarding" });
  const categories = await getCategoryTree(await requestDb(), locale);
  const steps = [t("steps.account"), t("steps.details"), t("steps.verification"), t("steps.listings")];

  return (
    <div className="container-page py-8 sm:py-12">
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">{t("eyebrow")}</p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight text-ink-900 sm:text-3xl">{t("title")}</h1>
          <p className="mt-2 max-w-2xl text-sm text-ink-500">{t("subtitle")}</p>
          <ClientMessages locale={locale} namespaces={["Onboarding"]}>
            <OnboardingForm
              provinces={provinceKeys.map((key) => ({ value: key, label: provinceLabel(key, locale) }))}
              categories={categories.map((c) => ({ id: c.id, name: c.name, icon: c.icon }))}
              maxCategories={MAX_MAIN_CATEGORIES}
              currentYear={new Date().getFullYear()}
            />
          </ClientMessages>
        </div>
        <aside className="h-fit space-y-4 lg:sticky lg:top-28">
          <section className="card p-5">
            <h2 className="text-sm font-semibold text-ink-900">{t("stepsTitle")}</h2>
            <ol className="mt-3 space-y-3">
              {steps.map((step, i) => (
                <li key={step} className="flex items-start gap-3 text-sm">
                  <span
                    aria-hidden
                    className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${i === 0 ? "bg-emerald-100 text-emerald-700" : i === 1 ? "bg-brand-700 text-white" : "bg-ink-100 text-ink-500"}`}
                  >
                    {i === 0 ? "✓" : i + 1}
                  </span>
                  <span className={i === 1 ? "font-medium text-ink-900" : "text-ink-500"}>{step}</span>
                </li>
              ))}
            </ol>
          </section>
          <section className="rounded-2xl border border-brand-100 bg-brand-50 p-5 text-sm text-ink-700">
            <h2 className="font-semibold text-brand-800">{t("verificationTitle")}</h2>
            <p className="mt-1.5">{t("verificationText")}</p>
          </section>
        </aside>
      </div>
    </div>
  );
}
