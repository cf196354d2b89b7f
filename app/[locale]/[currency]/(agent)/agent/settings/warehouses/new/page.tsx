import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { saveWarehouseAction } from "@/components/agent-settings/actions";
import { SettingsTabs } from "@/components/agent-settings/settings-tabs";
import { warehouseFields } from "@/components/agent-settings/warehouse-fields";
import { GateForm } from "@/components/warehouse/gate-form";
import { Link } from "@/i18n/navigation";
import { listWarehouseSettingsOp } from "@/lib/agent-settings/list-warehouse-settings";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("AgentSettings", "warehouses.new");

export default async function NewWarehousePage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  await pageRead(listWarehouseSettingsOp, {}, locale, "/agent/settings/warehouses/new"); // agents only
  const t = await getTranslations({ locale, namespace: "AgentSettings.warehouses" });
  const ts = await getTranslations({ locale, namespace: "AgentSettings" });
  return (
    <div>
      <h2 className="text-2xl font-bold tracking-tight">{ts("title")}</h2>
      <div className="mt-4"><SettingsTabs locale={locale} current="warehouses" /></div>
      <nav className="mb-3 text-sm text-ink-500"><Link href="/agent/settings/warehouses" className="hover:text-brand-700">{t("back")}</Link></nav>
      <h3 className="mb-3 text-lg font-semibold">{t("new")}</h3>
      <ClientMessages locale={locale} namespaces={[]}>
        <GateForm action={saveWarehouseAction} hidden={{ warehouseId: "" }} testId="warehouse-form" className="card grid gap-4 p-4 sm:grid-cols-2"
          submitClassName="btn-primary sm:justify-self-start" fields={warehouseFields((k) => t(k as "new"))} submitLabel={t("create")} pendingLabel={ts("saving")} />
      </ClientMessages>
    </div>
  );
}
