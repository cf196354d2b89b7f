import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PortalNav } from "@/components/portal/portal-nav";
import { requireFactory } from "@/lib/auth/require-factory";
import { shopContext, type ShopParams } from "@/lib/page-context";

// The factory's own workspace: per request (it reads the session), never cached for others.
export const dynamic = "force-dynamic";

export default async function FactoryPortalLayout({ children, params }: { children: ReactNode; params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const factory = await requireFactory(locale, "/factory");
  const t = await getTranslations({ locale, namespace: "Portal" });
  const links = [
    { href: "/factory", label: t("nav.dashboard"), testId: "portal-nav-dashboard" },
    { href: "/factory/listings", label: t("nav.listings"), testId: "portal-nav-listings" },
    { href: "/factory/stock", label: t("nav.stock"), testId: "portal-nav-stock" },
    { href: "/factory/rfqs", label: t("nav.rfqs"), testId: "portal-nav-rfqs" },
    { href: "/factory/purchase-orders", label: t("nav.purchaseOrders"), testId: "portal-nav-purchase-orders" },
    { href: "/factory/team", label: t("nav.team"), testId: "portal-nav-team" },
  ];
  return (
    <div className="container-page py-6">
      <div className="mb-5 flex flex-wrap items-baseline justify-between gap-2 border-b border-ink-100 pb-4">
        <div>
          <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">{t("title")}</p>
          <h1 className="text-xl font-bold text-ink-900" data-testid="portal-factory-name">{factory.name}</h1>
        </div>
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
