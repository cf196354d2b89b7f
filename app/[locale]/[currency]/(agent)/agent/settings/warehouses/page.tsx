import { getTranslations } from "next-intl/server";
import { SettingsTabs } from "@/components/agent-settings/settings-tabs";
import { StatusPill } from "@/components/ui/status-pill";
import { Link } from "@/i18n/navigation";
import { listWarehouseSettingsOp } from "@/lib/agent-settings/list-warehouse-settings";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("AgentSettings", "warehouses.title");

export default async function WarehouseSettingsPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const rows = await pageRead(listWarehouseSettingsOp, {}, locale, "/agent/settings/warehouses");
  const t = await getTranslations({ locale, namespace: "AgentSettings.warehouses" });
  const ts = await getTranslations({ locale, namespace: "AgentSettings" });
  return (
    <div>
      <h2 className="text-2xl font-bold tracking-tight">{ts("title")}</h2>
      <div className="mt-4"><SettingsTabs locale={locale} current="warehouses" /></div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-ink-500">{t("subtitle")}</p>
        <Link href="/agent/settings/warehouses/new" className="btn-primary" data-testid="warehouse-new">{t("new")}</Link>
      </div>
      <ul className="space-y-3" data-testid="warehouse-list">
        {rows.map((w) => (
          <li key={w.id} className="card flex flex-wrap items-center justify-between gap-3 p-4" data-testid="warehouse-row" data-code={w.code}>
            <div className="min-w-0">
              <Link href={`/agent/settings/warehouses/${w.id}`} className="font-semibold text-brand-700 hover:underline">{w.name}</Link>
              <p className="text-sm text-ink-500"><span className="font-mono" dir="ltr">{w.code}</span> · {w.city}, {w.province} · <span dir="ltr">{w.phone}</span></p>
            </div>
            <div className="flex items-center gap-3 text-sm">
              <span className="text-ink-500">{t("shelfCount", { count: w.shelves })}</span>
              <StatusPill tone={w.active ? "done" : "closed"} label={w.active ? t("active") : t("inactive")} status={w.active ? "active" : "inactive"} testId="warehouse-active" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
