import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { addShelvesAction, removeShelfAction, saveWarehouseAction } from "@/components/agent-settings/actions";
import { SettingsTabs } from "@/components/agent-settings/settings-tabs";
import { warehouseFields } from "@/components/agent-settings/warehouse-fields";
import { GateForm } from "@/components/warehouse/gate-form";
import { Link } from "@/i18n/navigation";
import { getWarehouseSettingsOp } from "@/lib/agent-settings/get-warehouse-settings";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("AgentSettings", "warehouses.edit");

export default async function EditWarehousePage({ params }: { params: Promise<ShopParams & { id: string }> }) {
  const { locale } = await shopContext(params);
  const { id } = await params;
  const view = await pageRead(getWarehouseSettingsOp, { warehouseId: id }, locale, `/agent/settings/warehouses/${id}`);
  const t = await getTranslations({ locale, namespace: "AgentSettings.warehouses" });
  const ts = await getTranslations({ locale, namespace: "AgentSettings" });
  return (
    <div>
      <h2 className="text-2xl font-bold tracking-tight">{ts("title")}</h2>
      <div className="mt-4"><SettingsTabs locale={locale} current="warehouses" /></div>
      <nav className="mb-3 text-sm text-ink-500"><Link href="/agent/settings/warehouses" className="hover:text-brand-700">{t("back")}</Link></nav>
      <ClientMessages locale={locale} namespaces={[]}>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section>
            <h3 className="mb-3 text-lg font-semibold"><span className="font-mono" dir="ltr">{view.form.code}</span> · {view.form.nameZh}</h3>
            {!view.active && view.openOrders > 0 ? (
              <p className="mb-3 rounded-lg bg-amber-50 p-2 text-sm text-amber-800" data-testid="warehouse-open-orders">{t("inactiveOpenOrders", { count: view.openOrders })}</p>
            ) : null}
            <GateForm action={saveWarehouseAction} hidden={{ warehouseId: view.id }} testId="warehouse-form" className="card grid gap-4 p-4 sm:grid-cols-2"
              submitClassName="btn-primary sm:justify-self-start" fields={warehouseFields((k) => t(k as "new"), view.form, view.active)} submitLabel={ts("save")} pendingLabel={ts("saving")} />
            <p className="mt-2 text-xs text-ink-500">{t("activeHint")}</p>
          </section>
          <section className="card h-fit p-4" data-testid="shelves">
            <h3 className="font-semibold">{t("shelves.title")}</h3>
            <p className="mt-1 text-sm text-ink-500">{t("shelves.hint")}</p>
            {view.shelves.length === 0 ? <p className="mt-3 text-sm text-ink-500" data-testid="shelves-empty">{t("shelves.empty")}</p> : null}
            <ul className="mt-3 flex flex-wrap gap-2" data-testid="shelf-list">
              {view.shelves.map((s) => (
                <li key={s.code} className="flex items-center gap-1 rounded-lg border border-ink-300 py-1 ps-2 pe-1 text-sm" data-testid="shelf-item" data-code={s.code}>
                  <span className="font-mono" dir="ltr">{s.code}</span>
                  <span className="text-xs text-ink-500">{t("shelves.holds", { count: s.items })}</span>
                  <GateForm action={removeShelfAction} hidden={{ warehouseId: view.id, code: s.code }} testId={`shelf-remove-${s.code}`} className="inline-flex"
                    submitClassName="rounded px-1.5 text-xs text-ink-500 hover:bg-red-50 hover:text-red-700" submitLabel={t("shelves.remove")} />
                </li>
              ))}
            </ul>
            <GateForm action={addShelvesAction} hidden={{ warehouseId: view.id }} testId="shelves-add" className="mt-4 space-y-2"
              fields={[{ kind: "textarea", name: "codes", label: t("shelves.add") }]} submitLabel={t("shelves.addButton")} submitClassName="btn-secondary" />
            <p className="mt-1 text-xs text-ink-500">{t("shelves.format")}</p>
          </section>
        </div>
      </ClientMessages>
    </div>
  );
}
