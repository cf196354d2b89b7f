import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PortalNav } from "@/components/portal/portal-nav";
import { requireMember } from "@/lib/auth/require-member";
import { shopContext, type ShopParams } from "@/lib/page-context";

// The platform operator's pages: members of a platform organisation only; anyone else gets a 404.
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const member = await requireMember(locale, "platform", "/admin/factories");
  const t = await getTranslations({ locale, namespace: "Admin" });
  return (
    <div className="container-page py-6">
      <div className="mb-4 border-b border-ink-100 pb-4">
        <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">{t("title")}</p>
        <h1 className="text-xl font-bold text-ink-900">{member.name}</h1>
      </div>
      <div className="mb-5 w-fit">
        <PortalNav links={[{ href: "/admin/factories", label: t("nav.factories"), testId: "admin-nav-factories" }]} />
      </div>
      {children}
    </div>
  );
}
