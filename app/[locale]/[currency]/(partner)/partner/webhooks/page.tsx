import { getTranslations } from "next-intl/server";
import { PartnerSettingsPage } from "@/components/partner/settings-page";
import { CreateWebhookForm, DeleteWebhookButton, ResendButton } from "@/components/partner/forms";
import { requestDb as getDb } from "@/lib/gate/next";
import { access } from "@/lib/gate";
import { pageCaller } from "@/lib/gate/next";
import { listDeliveries } from "@/lib/partners/settings-reads";
import { listWebhookEndpoints } from "@/lib/partners/webhook-endpoints";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const generateMetadata = privatePageMetadata("Partner", "webhooks.title");

export default async function PartnerWebhooksPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const caller = await pageCaller(access.member("partner"), locale, "/partner/webhooks");
  const db = await getDb();
  const [endpoints, deliveries] = await Promise.all([listWebhookEndpoints(db, caller.organisation.organisationId), listDeliveries(db, caller.organisation.organisationId)]);
  const t = await getTranslations({ locale, namespace: "Partner" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "medium" });
  return (
    <PartnerSettingsPage locale={locale} title={t("webhooks.title")} subtitle={t("webhooks.subtitle")} form={<CreateWebhookForm />}>
        <section className="card overflow-hidden">
          <h3 className="border-b border-ink-100 px-4 py-3 text-base font-semibold text-ink-900">{t("webhooks.endpoints")}</h3>
          {endpoints.length === 0 ? <p className="px-4 py-6 text-center text-sm text-ink-500">{t("webhooks.none")}</p> : null}
          <ul className="divide-y divide-ink-100">
            {endpoints.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm" data-testid="webhook-endpoint">
                <code dir="ltr" className="min-w-0 flex-1 truncate font-mono text-xs text-ink-900">{e.url}</code>
                <span className="rounded-full bg-ink-100 px-2 py-0.5 text-xs">{t(`modes.${e.mode}`)}</span>
                <span dir="ltr" className="text-xs text-ink-500">{e.events.join(", ")}</span>
                <DeleteWebhookButton endpointId={e.id} />
              </li>
            ))}
          </ul>
        </section>
        <section className="card overflow-hidden">
          <h3 className="border-b border-ink-100 px-4 py-3 text-base font-semibold text-ink-900">{t("webhooks.log")}</h3>
          {deliveries.length === 0 ? <p className="px-4 py-6 text-center text-sm text-ink-500">{t("webhooks.noDeliveries")}</p> : null}
          <div className={deliveries.length ? "relative overflow-x-auto" : "hidden"}>
            <table className="w-full min-w-[44rem] text-sm" data-testid="webhook-deliveries">
              <thead className="bg-ink-50 text-xs font-medium text-ink-500">
                <tr>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("webhooks.event")}</th>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("webhooks.attempts")}</th>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("webhooks.state")}</th>
                  <th scope="col" className="px-4 py-2.5 text-end"><span className="sr-only">{t("webhooks.resend")}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-ink-100">
                {deliveries.map((d) => (
                  <tr key={d.id} data-testid="webhook-delivery">
                    <td className="px-4 py-3">
                      <code dir="ltr" className="font-mono text-xs font-semibold">{d.event}</code>
                      <p dir="ltr" className="truncate text-xs text-ink-500">{d.url}</p>
                      <p className="text-xs text-ink-500">{date.format(d.createdAt)}</p>
                    </td>
                    <td className="px-4 py-3">
                      <ol className="space-y-0.5 text-xs">
                        {d.attempts.map((a, i) => (
                          <li key={i}>
                            <span className={`font-mono font-semibold ${a.status && a.status < 300 ? "text-emerald-700" : "text-red-700"}`}>{a.status ?? t("webhooks.noResponse")}</span>
                            <span className="ms-2 text-ink-500">{date.format(a.at)} · {t("webhooks.ms", { ms: a.durationMs })}</span>
                          </li>
                        ))}
                      </ol>
                    </td>
                    <td className="px-4 py-3 text-xs">
                      {d.deliveredAt ? <span className="font-semibold text-emerald-700">{t("webhooks.delivered")}</span> : d.nextAttemptAt ? t("webhooks.retryAt", { date: date.format(d.nextAttemptAt) }) : <span className="text-red-700">{t("webhooks.gaveUp")}</span>}
                    </td>
                    <td className="px-4 py-3 text-end">
                      <ResendButton deliveryId={d.id} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
    </PartnerSettingsPage>
  );
}
