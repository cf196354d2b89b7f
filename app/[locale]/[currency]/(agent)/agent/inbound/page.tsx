import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StatusPill } from "@/components/ui/status-pill";
import { scanParcelAction } from "@/components/warehouse/actions";
import { CameraScan } from "@/components/warehouse/camera-scan";
import { GateForm } from "@/components/warehouse/gate-form";
import { requestDb as getDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { pickLabel } from "@/lib/catalog/localized";
import { access } from "@/lib/gate";
import { pageCaller, pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { listAgentWarehouses } from "@/lib/warehouse/list-agent-warehouses";
import { inboundFactories, inboundParcelsOp } from "@/lib/warehouse/list-inbound-parcels";
import { parcelStatuses } from "@/lib/warehouse/parcel-status";
import { parcelTone } from "@/components/warehouse/tones";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("Warehouse", "inbound.title");

type Search = Promise<Record<string, string | undefined>>;

export default async function InboundPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: Search }) {
  const { locale } = await shopContext(params);
  const search = await searchParams;
  const caller = await pageCaller(access.member("agent"), locale, "/agent/inbound");
  const { parcels, next } = await pageRead(inboundParcelsOp, search, locale, "/agent/inbound");
  const db = await getDb();
  const warehouses = await listAgentWarehouses(db, caller.organisation.organisationId);
  const factories = await inboundFactories(db, caller.organisation.organisationId);
  const filters = new URLSearchParams(Object.entries(search).filter(([k, v]) => k !== "before" && typeof v === "string" && v !== "") as [string, string][]);
  const pageHref = (before?: string) => {
    const q = new URLSearchParams(filters);
    if (before) q.set("before", before);
    return `/agent/inbound${q.size ? `?${q}` : ""}`;
  };
  const t = await getTranslations({ locale, namespace: "Warehouse.inbound" });
  const tp = await getTranslations({ locale, namespace: "Warehouse.parcelStatus" });
  const format = await getFormatter({ locale });
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-2xl font-bold tracking-tight">{t("title")}</h2>
        <p className="mt-1 text-sm text-ink-500">{t("subtitle")}</p>
      </div>
      <ClientMessages locale={locale} namespaces={[]}>
        <section className="card p-4">
          <h3 className="font-semibold">{t("scanTitle")}</h3>
          <GateForm
            action={scanParcelAction}
            scanner
            testId="scan-form"
            className="mt-3 grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
            fields={[
              { kind: "text", name: "code", label: t("scanLabel"), placeholder: t("scanPlaceholder"), dir: "ltr", autoFocus: true },
              ...(warehouses.length > 1 ? [{ kind: "select" as const, name: "warehouseId", label: t("warehouse"), options: warehouses.map((w) => ({ value: String(w.id), label: `${w.code} · ${pickLabel(w.name, locale).text}` })) }] : []),
            ]}
            hidden={warehouses.length > 1 ? {} : { warehouseId: warehouses[0]?.id ?? 0 }}
            submitLabel={t("scanSubmit")}
          />
          <CameraScan formTestId="scan-form" labels={{ live: t("camera"), stop: t("cameraStop"), photo: t("cameraPhoto"), none: t("cameraNone"), failed: t("cameraFailed") }} />
        </section>
      </ClientMessages>

      <form className="card flex flex-wrap items-end gap-3 p-4 text-sm" data-testid="inbound-filters">
        <label className="flex flex-col gap-1">{t("filterStatus")}
          <select name="status" defaultValue={search.status ?? ""} className="input">
            <option value="">{t("all")}</option>
            {parcelStatuses.map((s) => <option key={s} value={s}>{tp(s)}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">{t("filterFactory")}
          <select name="factory" defaultValue={search.factory ?? ""} className="input">
            <option value="">{t("all")}</option>
            {factories.map((f) => <option key={f.id} value={String(f.id)}>{f.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">{t("filterAge")}
          <select name="minAgeDays" defaultValue={search.minAgeDays ?? ""} className="input">
            <option value="">{t("all")}</option>
            {[1, 3, 7, 14].map((d) => <option key={d} value={String(d)}>{t("olderThan", { days: d })}</option>)}
          </select>
        </label>
        <button className="btn-secondary" type="submit">{t("filter")}</button>
      </form>

      <div className="card overflow-x-auto">
        <table className="w-full min-w-[40rem] text-sm" data-testid="inbound-list">
          <thead className="bg-ink-50 text-xs text-ink-500">
            <tr><th className="p-2 text-start">{t("tracking")}</th><th className="p-2 text-start">{t("po")}</th><th className="p-2 text-start">{t("factory")}</th><th className="p-2 text-start">{t("status")}</th><th className="p-2 text-start">{t("since")}</th></tr>
          </thead>
          <tbody className="divide-y divide-ink-100">
            {parcels.map((p) => (
              <tr key={p.id} data-testid="inbound-parcel" data-status={p.status}>
                <td className="p-2 font-mono text-xs" dir="ltr"><Link href={`/agent/parcels/${p.id}`} className="text-brand-700 hover:underline">{p.trackingNumber}</Link><span className="block font-sans text-ink-500">{p.carrier ?? ""} · {p.warehouseCode}</span></td>
                <td className="p-2 font-mono text-xs">{p.purchaseOrderNumber ?? <span className="font-sans font-semibold text-amber-700">{t("unmatched")}</span>}</td>
                <td className="p-2">{p.factoryName ?? "—"}</td>
                <td className="p-2"><StatusPill tone={parcelTone(p.status)} label={tp(p.status)} status={p.status} testId="parcel-status" /></td>
                <td className="p-2 text-xs text-ink-500">{format.relativeTime(p.receivedAt ?? p.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {parcels.length === 0 ? <p className="p-6 text-center text-ink-500">{t("empty")}</p> : null}
      </div>
      {next || search.before ? (
        <nav className="flex justify-between gap-3 text-sm" aria-label={t("pages")}>
          {search.before ? <Link href={pageHref()} className="btn-secondary" data-testid="inbound-newest">{t("newest")}</Link> : <span />}
          {next ? <Link href={pageHref(next)} className="btn-secondary" data-testid="inbound-older">{t("older")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
