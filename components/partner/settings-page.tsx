// The frame of a partner settings page: its title and explanation, the messages its client forms
// need, and the form that creates things above what is listed.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { Locale } from "@/i18n/locales";

export function PartnerSettingsPage({ locale, title, subtitle, form, children }: { locale: Locale; title: string; subtitle: string; form: ReactNode; children: ReactNode }) {
  return (
    <ClientMessages locale={locale} namespaces={["Partner"]}>
      <div className="space-y-6">
        <div>
          <h2 className="text-lg font-semibold text-ink-900">{title}</h2>
          <p className="max-w-2xl text-sm text-ink-500">{subtitle}</p>
        </div>
        <section className="card p-4">{form}</section>
        {children}
      </div>
    </ClientMessages>
  );
}
