import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { saveLineAction } from "@/components/agent-settings/actions";
import { LineForm } from "@/components/agent-settings/line-form";
import { lineFormProps } from "@/components/agent-settings/line-form-props";
import { SettingsTabs } from "@/components/agent-settings/settings-tabs";
import { Link } from "@/i18n/navigation";
import { getLineSettingsOp } from "@/lib/agent-settings/get-line-settings";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("AgentSettings", "lines.edit");

export default async function EditLinePage({ params }: { params: Promise<ShopParams & { id: string }> }) {
  const { locale } = await shopContext(params);
  const { id } = await params;
  const view = await pageRead(getLineSettingsOp, { lineId: id }, locale, `/agent/settings/lines/${id}`);
  const t = await getTranslations({ locale, namespace: "AgentSettings.lines" });
  const ts = await getTranslations({ locale, namespace: "AgentSettings" });
  const { countries, active, ...values } = view.form;
  return (
    <div>
      <h2 className="text-2xl font-bold tracking-tight">{ts("title")}</h2>
      <div className="mt-4"><SettingsTabs locale={locale} current="lines" /></div>
      <nav className="mb-3 text-sm text-ink-500"><Link href="/agent/settings/lines" className="hover:text-brand-700">{t("back")}</Link></nav>
      <h3 className="mb-3 text-lg font-semibold"><span className="font-mono" dir="ltr">{values.code}</span> · {locale === "zh" ? values.nameZh : values.nameEn}</h3>
      <ClientMessages locale={locale} namespaces={[]}>
        <LineForm action={saveLineAction} lineId={view.id} values={values} countries={countries} active={active} {...await lineFormProps(locale)} submitLabel={ts("save")} />
      </ClientMessages>
    </div>
  );
}
