import { getTranslations } from "next-intl/server";
import { SettingsTabs } from "@/components/agent-settings/settings-tabs";
import { StatusPill } from "@/components/ui/status-pill";
import { Link } from "@/i18n/navigation";
import { listLineSettingsOp } from "@/lib/agent-settings/list-line-settings";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { countryChoices } from "@/lib/shipping/countries";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("AgentSettings", "lines.title");

export default async function LineSettingsPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const rows = await pageRead(listLineSettingsOp, {}, locale, "/agent/settings/lines");
  const t = await getTranslations({ locale, namespace: "AgentSettings.lines" });
  const ts = await getTranslations({ locale, namespace: "AgentSettings" });
  const tModes = await getTranslations({ locale, namespace: "Modes" });
  const countryName = new Map(countryChoices(locale).map((c) => [c.value, c.label]));
  return (
    <div>
      <h2 className="text-2xl font-bold tracking-tight">{ts("title")}</h2>
      <div className="mt-4"><SettingsTabs locale={locale} current="lines" /></div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-ink-500">{t("subtitle")}</p>
        <Link href="/agent/settings/lines/new" className="btn-primary" data-testid="line-new">{t("new")}</Link>
      </div>
      <ul className="space-y-3" data-testid="line-list">
        {rows.map((l) => (
          <li key={l.id} className="card flex flex-wrap items-center justify-between gap-3 p-4" data-testid="line-row" data-code={l.code}>
            <div className="min-w-0">
              <Link href={`/agent/settings/lines/${l.id}`} className="font-semibold text-brand-700 hover:underline">{l.name}</Link>
              <p className="text-sm text-ink-500">
                {tModes(l.mode)} · {t(`pricing.${l.pricing}`)} · {t("days", { min: l.daysMin, max: l.daysMax })}
              </p>
              <p className="text-xs text-ink-500">{l.countries.map((c) => countryName.get(c) ?? c).join(" · ")}</p>
            </div>
            <StatusPill tone={l.active ? "done" : "closed"} label={l.active ? t("active") : t("inactive")} status={l.active ? "active" : "inactive"} testId="line-active" />
          </li>
        ))}
      </ul>
    </div>
  );
}
