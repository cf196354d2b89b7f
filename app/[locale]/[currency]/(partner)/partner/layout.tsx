import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PortalNav } from "@/components/portal/portal-nav";
import { access } from "@/lib/gate";
import { pageCaller } from "@/lib/gate/next";
import { shopContext, type ShopParams } from "@/lib/page-context";

// A partner organisation's settings: per request (it reads the session).
export const dynamic = "force-dynamic";

export default async function PartnerLayout({ children, params }: { children: ReactNode; params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const caller = await pageCaller(access.member("partner"), locale, "/partner/keys");
  const t = await getTranslations({ locale, namespace: "Partner" });
  const links = [
    { href: "/partner/keys", label: t("nav.keys"), testId: "partner-nav-keys" },
    { href: "/partner/webhooks", label: t("nav.webhooks"), testId: "partner-nav-webhooks" },
    { href: "/partner/balance", label: t("nav.balance"), testId: "partner-nav-balance" },
    { href: "/developers", label: t("nav.docs"), testId: "partner-nav-docs" },
  ];
  return (
    <div className="container-page py-6">
      <div className="mb-5 border-b border-ink-100 pb-4">
        <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">{t("title")}</p>
        <h1 className="text-xl font-bold text-ink-900">{caller.organisation.name}</h1>
      </div>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
        <aside className="min-w-0">
          <PortalNav links={links} />
        </aside>
        <div className="min-w-0">{children}</div>
      </div>
    </div>
  );
}
