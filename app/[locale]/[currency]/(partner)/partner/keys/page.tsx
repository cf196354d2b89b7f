import { getTranslations } from "next-intl/server";
import { PartnerSettingsPage } from "@/components/partner/settings-page";
import { CreateKeyForm, RevokeKeyButton } from "@/components/partner/forms";
import { requestDb as getDb } from "@/lib/gate/next";
import { access } from "@/lib/gate";
import { pageCaller } from "@/lib/gate/next";
import { listApiKeys } from "@/lib/partners/list-api-keys";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const generateMetadata = privatePageMetadata("Partner", "keys.title");

export default async function PartnerKeysPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const caller = await pageCaller(access.member("partner"), locale, "/partner/keys");
  const keys = await listApiKeys(await getDb(), caller.organisation.organisationId);
  const t = await getTranslations({ locale, namespace: "Partner" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <PartnerSettingsPage locale={locale} title={t("keys.title")} subtitle={t("keys.subtitle")} form={<CreateKeyForm />}>
        <section className="card overflow-hidden">
          <div className="relative overflow-x-auto">
            <table className="w-full min-w-[40rem] text-sm" data-testid="api-keys">
              <thead className="bg-ink-50 text-xs font-medium text-ink-500">
                <tr>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("keys.name")}</th>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("keys.key")}</th>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("keys.scopes")}</th>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("keys.lastUsed")}</th>
                  <th scope="col" className="px-4 py-2.5 text-end"><span className="sr-only">{t("keys.revoke")}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-ink-100">
                {keys.length === 0 ? (
                  <tr>
                    <td colSpan={5} className="px-4 py-6 text-center text-ink-500">{t("keys.none")}</td>
                  </tr>
                ) : null}
                {keys.map((key) => (
                  <tr key={key.id} data-testid="api-key" className={key.revokedAt ? "text-ink-400" : ""}>
                    <td className="px-4 py-3 font-medium">{key.name}</td>
                    <td className="px-4 py-3">
                      <code dir="ltr" className="font-mono text-xs">{key.prefix}…</code>
                      <span className={`ms-2 rounded-full px-2 py-0.5 text-xs font-semibold ${key.mode === "live" ? "bg-emerald-50 text-emerald-700" : "bg-amber-50 text-amber-800"}`}>{t(`modes.${key.mode === "live" ? "live" : "test"}`)}</span>
                    </td>
                    <td className="px-4 py-3">
                      <span dir="ltr" className="font-mono text-xs">{key.scopes.join(" ")}</span>
                    </td>
                    <td className="px-4 py-3 text-ink-500">{key.lastUsedAt ? date.format(key.lastUsedAt) : t("keys.never")}</td>
                    <td className="px-4 py-3 text-end">{key.revokedAt ? <span className="text-xs">{t("keys.revoked", { date: date.format(key.revokedAt) })}</span> : <RevokeKeyButton keyId={key.id} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
    </PartnerSettingsPage>
  );
}
