import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { updatePoliciesAction } from "@/components/agent-settings/actions";
import { SettingsTabs } from "@/components/agent-settings/settings-tabs";
import { GateForm, type GateField } from "@/components/warehouse/gate-form";
import { POLICY_LIMITS as L } from "@/lib/agent-settings/agent-policies";
import { getAgentPoliciesOp } from "@/lib/agent-settings/get-agent-policies";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("AgentSettings", "title");

export default async function AgentSettingsPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const view = await pageRead(getAgentPoliciesOp, {}, locale, "/agent/settings");
  const t = await getTranslations({ locale, namespace: "AgentSettings.policies" });
  const ts = await getTranslations({ locale, namespace: "AgentSettings" });
  const f = view.form;
  const money = (name: keyof typeof f, max: number): GateField => ({ kind: "number", name, label: t(name), defaultValue: f[name], dir: "ltr", hint: t("yuanHint", { max }) });
  const percent = (name: keyof typeof f, max: number): GateField => ({ kind: "number", name, label: t(name), defaultValue: f[name], dir: "ltr", hint: t("percentHint", { max }) });
  const days = (name: keyof typeof f, [min, max]: readonly [number, number]): GateField => ({ kind: "number", name, label: t(name), defaultValue: f[name], dir: "ltr", inputMode: "numeric", hint: t("daysHint", { min, max }) });
  return (
    <div>
      <h2 className="text-2xl font-bold tracking-tight">{ts("title")}</h2>
      <p className="mt-1 text-sm text-ink-500">{ts("subtitle")}</p>
      <div className="mt-4"><SettingsTabs locale={locale} current="policies" /></div>
      <ClientMessages locale={locale} namespaces={[]}>
        <GateForm
          action={updatePoliciesAction}
          testId="policies-form"
          className="card grid gap-4 p-4 sm:grid-cols-2"
          submitClassName="btn-primary sm:col-span-2 sm:justify-self-start"
          fields={[
            percent("serviceFeePercent", L.serviceFeePercent),
            money("minServiceFee", L.minServiceFeeYuan),
            money("extraQcPhoto", L.extraQcPhotoYuan),
            money("rehearsalPacking", L.rehearsalPackingYuan),
            percent("insurancePercent", L.insurancePercent),
            days("freeStorageDays", L.freeStorageDays),
            money("storageFee", L.storageFeeYuan),
            days("abandonAfterDays", L.abandonAfterDays),
            days("qcApprovalDays", L.qcApprovalDays),
            days("deliveryConfirmDays", L.deliveryConfirmDays),
          ]}
          submitLabel={ts("save")}
          pendingLabel={ts("saving")}
        />
      </ClientMessages>
    </div>
  );
}
