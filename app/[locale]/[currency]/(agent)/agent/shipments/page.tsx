import { getFormatter, getTranslations } from "next-intl/server";
import { StatusPill } from "@/components/ui/status-pill";
import { shipmentTone } from "@/components/warehouse/tones";
import { Link } from "@/i18n/navigation";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { agentShipmentsOp } from "@/lib/shipments/list-shipments";
import { shipmentStatuses } from "@/lib/shipments/shipment-status";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("Warehouse", "shipments.title");

export default async function AgentShipmentsPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: Promise<{ status?: string }> }) {
  const { locale } = await shopContext(params);
  const { status } = await searchParams;
  const rows = await pageRead(agentShipmentsOp, { status }, locale, "/agent/shipments");
  const t = await getTranslations({ locale, namespace: "Warehouse.shipments" });
  const ts = await getTranslations({ locale, namespace: "Warehouse.shipmentStatus" });
  const format = await getFormatter({ locale });
  return (
    <div className="space-y-4">
      <h2 className="text-2xl font-bold tracking-tight">{t("title")}</h2>
      <nav className="flex flex-wrap gap-2 text-sm">
        <Link href="/agent/shipments" className={`rounded-full px-3 py-1 ${!status ? "bg-brand-50 font-semibold text-brand-700" : "bg-ink-50"}`}>{t("all")}</Link>
        {shipmentStatuses.map((s) => (
          <Link key={s} href={`/agent/shipments?status=${s}`} className={`rounded-full px-3 py-1 ${status === s ? "bg-brand-50 font-semibold text-brand-700" : "bg-ink-50"}`}>{ts(s)}</Link>
        ))}
      </nav>
      <ul className="space-y-2">
        {rows.map((s) => (
          <li key={s.id} className="card flex flex-wrap items-center gap-3 p-3 text-sm" data-testid="agent-shipment">
            <Link href={`/agent/shipments/${s.id}`} className="font-mono font-semibold text-brand-700 hover:underline">{s.number}</Link>
            <StatusPill tone={shipmentTone(s.status)} label={ts(s.status)} status={s.status} testId="shipment-status" />
            {s.rehearsal ? <span className="rounded bg-amber-50 px-2 text-xs text-amber-800">{t("rehearsal")}</span> : null}
            <span className="text-ink-500">{s.buyerName} · {s.country} · {s.warehouseCode} · {t("items", { count: s.items })}</span>
            <span className="ms-auto text-xs text-ink-500">{format.dateTime(s.createdAt, { dateStyle: "medium" })}</span>
          </li>
        ))}
      </ul>
      {rows.length === 0 ? <p className="card p-8 text-center text-ink-500">{t("empty")}</p> : null}
    </div>
  );
}
