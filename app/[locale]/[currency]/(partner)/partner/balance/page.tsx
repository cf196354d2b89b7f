import { getTranslations } from "next-intl/server";
import { PartnerSettingsPage } from "@/components/partner/settings-page";
import { TopupForm } from "@/components/partner/forms";
import { requestDb as getDb } from "@/lib/gate/next";
import { access } from "@/lib/gate";
import { pageCaller } from "@/lib/gate/next";
import { currencies } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";
import { readBalance } from "@/lib/partners/read-balance";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const generateMetadata = privatePageMetadata("Partner", "balance.title");

export default async function PartnerBalancePage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const caller = await pageCaller(access.member("partner"), locale, "/partner/balance");
  const db = await getDb();
  const [test, live] = await Promise.all([readBalance(db, caller.organisation.organisationId, "test"), readBalance(db, caller.organisation.organisationId, "live")]);
  const t = await getTranslations({ locale, namespace: "Partner" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });
  return (
    <PartnerSettingsPage locale={locale} title={t("balance.title")} subtitle={t("balance.subtitle")} form={<TopupForm currencies={currencies} />}>
        {([["live", live], ["test", test]] as const).map(([mode, data]) => (
          <section key={mode} className="card overflow-hidden" data-testid={`balance-${mode}`}>
            <div className="flex flex-wrap items-baseline gap-3 border-b border-ink-100 px-4 py-3">
              <h3 className="text-base font-semibold text-ink-900">{t(`modes.${mode}`)}</h3>
              {data.balances.length === 0 ? <span className="text-sm text-ink-500">{t("balance.empty")}</span> : null}
              {data.balances.map((b) => (
                <span key={b.currency} className="rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-700" dir="ltr">{formatMoney(b.amountMinor, b.currency, locale)}</span>
              ))}
            </div>
            {data.entries.length ? (
              <div className="relative overflow-x-auto">
                <table className="w-full min-w-[36rem] text-sm">
                  <thead className="bg-ink-50 text-xs font-medium text-ink-500">
                    <tr>
                      <th scope="col" className="px-4 py-2 text-start">{t("balance.when")}</th>
                      <th scope="col" className="px-4 py-2 text-start">{t("balance.movement")}</th>
                      <th scope="col" className="px-4 py-2 text-end">{t("balance.amount")}</th>
                      <th scope="col" className="px-4 py-2 text-end">{t("balance.after")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-ink-100">
                    {data.entries.map((e) => (
                      <tr key={e.id} data-testid="ledger-entry">
                        <td className="px-4 py-2 text-ink-500">{date.format(new Date(e.createdAt))}</td>
                        <td className="px-4 py-2">{t(`balance.kinds.${e.kind}`)}{e.orderId ? <span className="ms-2 text-xs text-ink-500">#{e.orderId}</span> : null}</td>
                        <td className={`px-4 py-2 text-end font-medium ${e.amount.amountMinor < 0 ? "text-red-700" : "text-emerald-700"}`} dir="ltr">{formatMoney(e.amount.amountMinor, e.amount.currency, locale)}</td>
                        <td className="px-4 py-2 text-end" dir="ltr">{formatMoney(e.balanceAfter.amountMinor, e.balanceAfter.currency, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>
        ))}
    </PartnerSettingsPage>
  );
}
