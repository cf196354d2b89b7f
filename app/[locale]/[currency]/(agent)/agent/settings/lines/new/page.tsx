import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { saveLineAction } from "@/components/agent-settings/actions";
import { LineForm } from "@/components/agent-settings/line-form";
import { lineFormProps, NEW_LINE_VALUES } from "@/components/agent-settings/line-form-props";
import { SettingsTabs } from "@/components/agent-settings/settings-tabs";
import { Link } from "@/i18n/navigation";
import { listLineSettingsOp } from "@/lib/agent-settings/list-line-settings";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("AgentSettings", "lines.new");

export default async function NewLinePage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  await pageRead(listLineSettingsOp, {}, locale, "/agent/settings/lines/new"); // agents only
  const t = await getTranslations({ locale, namespace: "AgentSettings.lines" });
  const ts = await getTranslations({ locale, namespace: "AgentSettings" });
  return (
    <div>
      <h2 className="text-2xl font-bold tracking-tight">{ts("title")}</h2>
      <div className="mt-4"><SettingsTabs locale={locale} current="lines" /></div>
      <nav className="mb-3 text-sm text-ink-500"><Link href="/agent/settings/lines" className="hover:text-brand-700">{t("back")}</Link></nav>
      <h3 className="mb-3 text-lg font-semibold">{t("new")}</h3>
      <ClientMessages locale={locale} namespaces={[]}>
        <LineForm action={saveLineAction} lineId="" values={NEW_LINE_VALUES} countries={[]} active {...await lineFormProps(locale)} submitLabel={t("create")} />
      </ClientMessages>
    </div>
  );
}
