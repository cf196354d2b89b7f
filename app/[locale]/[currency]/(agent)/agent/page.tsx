import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { agentDashboardOp } from "@/lib/warehouse/agent-dashboard";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("Warehouse", "dashboard.title");

function Bars({ rows, testId }: { rows: { label: string; value: number; href?: string }[]; testId: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <ul className="mt-3 space-y-1.5 text-sm" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.label} className="grid grid-cols-[8rem_1fr_3rem] items-center gap-2">
          <span className="truncate text-ink-700">{r.href ? <Link href={r.href} className="hover:text-brand-700">{r.label}</Link> : r.label}</span>
          <span className="h-3 rounded bg-ink-100"><span className="block h-3 rounded bg-brand-500" style={{ inlineSize: `${(r.value / max) * 100}%` }} /></span>
          <span className="text-end tabular-nums">{r.value}</span>
        </li>
      ))}
    </ul>
  );
}

export default async function AgentDashboardPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const d = await pageRead(agentDashboardOp, {}, locale, "/agent");
  const t = await getTranslations({ locale, namespace: "Warehouse.dashboard" });
  const tp = await getTranslations({ locale, namespace: "Warehouse.parcelStatus" });
  const ts = await getTranslations({ locale, namespace: "Warehouse.shipmentStatus" });
  const format = await getFormatter({ locale });
  const pct = (x: number | null) => (x == null ? "—" : format.number(x, { style: "percent", maximumFractionDigits: 1 }));
  const waitingOld = d.parcels.reduce((s, p) => s + (p.status === "expected" ? p.older3 : 0), 0);
  return (
    <div className="space-y-6">
      <h2 className="text-2xl font-bold tracking-tight">{t("title")}</h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="card p-4"><p className="text-sm text-ink-500">{t("todayScans")}</p><p className="text-3xl font-bold tabular-nums" data-testid="today-scans">{d.todayScans}</p></div>
        <div className="card p-4"><p className="text-sm text-ink-500">{t("expectedOld")}</p><p className="text-3xl font-bold tabular-nums">{waitingOld}</p></div>
        <div className="card p-4"><p className="text-sm text-ink-500">{t("storageEnding")}</p><p className="text-3xl font-bold tabular-nums">{d.storageEnding}</p></div>
        <div className="card p-4"><p className="text-sm text-ink-500">{t("abandonSoon")}</p><p className="text-3xl font-bold tabular-nums" data-testid="abandon-soon">{d.abandonSoon}</p></div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="card p-4"><h3 className="font-semibold">{t("parcels")}</h3>
          <Bars testId="parcels-chart" rows={d.parcels.map((p) => ({ label: tp(p.status), value: p.count, href: `/agent/inbound?status=${p.status}` }))} /></section>
        <section className="card p-4"><h3 className="font-semibold">{t("shipments")}</h3>
          <Bars testId="shipments-chart" rows={d.shipments.map((s) => ({ label: ts(s.status), value: s.count, href: `/agent/shipments?status=${s.status}` }))} /></section>
      </div>
      <section className="card p-4" id="abandoned">
        <h3 className="font-semibold">{t("abandoned")}</h3>
        <p className="text-xs text-ink-500">{t("abandonedHint")}</p>
        {d.abandoned.length ? (
          <ul className="mt-3 divide-y divide-ink-100 text-sm" data-testid="abandoned-goods">
            {d.abandoned.map((a) => (
              <li key={a.qcCheckId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2" data-testid="abandoned-item">
                <Link href={`/agent/parcels/${a.parcelId}`} className="min-w-0 flex-1 text-brand-700 hover:underline">{a.title}</Link>
                <span className="text-ink-500">× {a.quantity} · <span className="font-mono" dir="ltr">{a.shelf ?? "—"}</span> · <span className="font-mono" dir="ltr">{a.orderNumber}</span> · {a.buyerName}</span>
                <span className="text-xs text-ink-500">{a.abandonedAt ? format.dateTime(a.abandonedAt, { dateStyle: "medium" }) : "—"}</span>
              </li>
            ))}
          </ul>
        ) : <p className="mt-3 text-sm text-ink-500">{t("noAbandoned")}</p>}
      </section>
      <section className="card overflow-x-auto p-4">
        <h3 className="font-semibold">{t("factories")}</h3>
        <p className="text-xs text-ink-500">{t("factoriesHint")}</p>
        <table className="mt-3 w-full min-w-[32rem] text-sm" data-testid="factory-reliability">
          <thead className="text-xs text-ink-500"><tr><th className="text-start">{t("factory")}</th><th className="text-end">{t("checked")}</th><th className="text-end">{t("qcFailure")}</th><th className="text-end">{t("mismatch")}</th><th className="text-end">{t("daysToShip")}</th></tr></thead>
          <tbody className="divide-y divide-ink-100">
            {d.factories.map((f) => (
              <tr key={f.factoryId}>
                <td className="py-1.5">{f.name}</td><td className="text-end tabular-nums">{f.checkedLines}</td>
                <td className="text-end tabular-nums"><span className="inline-block h-2 rounded bg-red-400 align-middle" style={{ inlineSize: `${(f.qcFailureRate ?? 0) * 60}px` }} /> {pct(f.qcFailureRate)}</td>
                <td className="text-end tabular-nums">{pct(f.countMismatchRate)}</td>
                <td className="text-end tabular-nums">{f.medianDaysToShip ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
