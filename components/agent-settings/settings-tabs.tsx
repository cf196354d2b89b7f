// The settings' three sections as tabs; the page says which one it is.
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";

const TABS = [
  { key: "policies", href: "/agent/settings" },
  { key: "warehouses", href: "/agent/settings/warehouses" },
  { key: "lines", href: "/agent/settings/lines" },
] as const;

export async function SettingsTabs({ locale, current }: { locale: Locale; current: (typeof TABS)[number]["key"] }) {
  const t = await getTranslations({ locale, namespace: "AgentSettings.tabs" });
  return (
    <nav className="mb-5 flex gap-1 overflow-x-auto border-b border-ink-100 text-sm" aria-label={t("label")}>
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          data-testid={`settings-tab-${tab.key}`}
          className={`-mb-px shrink-0 border-b-2 px-3 py-2 ${tab.key === current ? "border-brand-600 font-semibold text-brand-700" : "border-transparent text-ink-500 hover:text-ink-900"}`}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
