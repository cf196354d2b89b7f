import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PortalNav } from "@/components/portal/portal-nav";
import { access } from "@/lib/gate";
import { pageCaller } from "@/lib/gate/next";
import { shopContext, type ShopParams } from "@/lib/page-context";

// The agent's warehouse: per request (it reads the session), for agent staff only (others: 404).
export const dynamic = "force-dynamic";

export default async function AgentLayout({ children, params }: { children: ReactNode; params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const caller = await pageCaller(access.member("agent"), locale, "/agent");
  const t = await getTranslations({ locale, namespace: "Warehouse.nav" });
  const links = [
    { href: "/agent", label: t("dashboard"), testId: "agent-nav-dashboard", exact: true },
    { href: "/agent/purchasing", label: t("purchasing"), testId: "agent-nav-purchasing" },
    { href: "/agent/inbound", label: t("inbound"), testId: "agent-nav-inbound" },
    { href: "/agent/shipments", label: t("shipments"), testId: "agent-nav-shipments" },
    { href: "/agent/orders", label: t("orders"), testId: "agent-nav-orders" },
    { href: "/agent/settings", label: t("settings"), testId: "agent-nav-settings" },
  ];
  return (
    <div className="container-page py-6">
      <div className="mb-5 border-b border-ink-100 pb-4">
        <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">{t("title")}</p>
        <h1 className="text-xl font-bold text-ink-900" data-testid="agent-name">{caller.organisation.name}</h1>
      </div>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
        <aside className="min-w-0"><PortalNav links={links} /></aside>
        <div className="min-w-0">{children}</div>
      </div>
    </div>
  );
}
