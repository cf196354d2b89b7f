import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StatusPill } from "@/components/ui/status-pill";
import { packShipmentAction, shipShipmentAction, startPackingAction, trackingEventAction } from "@/components/warehouse/actions";
import { GateForm } from "@/components/warehouse/gate-form";
import { ShipmentFacts } from "@/components/warehouse/shipment-facts";
import { shipmentTone } from "@/components/warehouse/tones";
import { Link } from "@/i18n/navigation";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { getAgentShipmentOp } from "@/lib/shipments/get-shipment";
import { trackingStages } from "@/lib/shipments/shipment-status";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("Warehouse", "shipment.title");

export default async function AgentShipmentPage({ params }: { params: Promise<ShopParams & { id: string }> }) {
  const { locale } = await shopContext(params);
  const { id } = await params;
  const view = await pageRead(getAgentShipmentOp, { shipmentId: id }, locale, `/agent/shipments/${id}`);
  const t = await getTranslations({ locale, namespace: "Warehouse.shipment" });
  const ts = await getTranslations({ locale, namespace: "Warehouse.shipmentStatus" });
  const tStage = await getTranslations({ locale, namespace: "Warehouse.stages" });
  const s = view.shipment;
  const paid = view.payment?.status === "succeeded";
  return (
    <ClientMessages locale={locale} namespaces={[]}>
      <div className="space-y-6">
        <nav className="text-sm text-ink-500"><Link href="/agent/shipments" className="hover:text-brand-700">{t("back")}</Link></nav>
        <div className="flex flex-wrap items-center gap-3">
          <h2 className="font-mono text-2xl font-bold" data-testid="shipment-number">{s.number}</h2>
          <StatusPill tone={shipmentTone(s.status)} label={ts(s.status)} status={s.status} testId="shipment-status" />
          <span className="text-sm text-ink-500">{view.buyer.name} · {s.country}</span>
        </div>
        <ShipmentFacts view={view} locale={locale} />

        {s.status === "packed" || s.status === "shipped" || s.status === "delivered" ? (
          <section className="card flex flex-wrap gap-3 p-4 text-sm">
            <a href={`/api/agent/shipments/${s.id}/label`} target="_blank" className="btn-secondary" data-testid="print-label">{t("label")}</a>
            <a href={`/api/agent/shipments/${s.id}/invoice`} target="_blank" className="btn-secondary" data-testid="print-invoice">{t("invoice")}</a>
          </section>
        ) : null}

        {s.status === "requested" ? (
          <GateForm action={startPackingAction} hidden={{ shipmentId: s.id }} testId="start-packing" submitLabel={t("startPacking")} className="" />
        ) : null}
        {s.status === "packing" ? (
          <section className="card p-4">
            <h3 className="font-semibold">{t("packTitle")}</h3>
            <GateForm action={packShipmentAction} hidden={{ shipmentId: s.id }} testId="pack-form" className="mt-3 grid gap-3 sm:grid-cols-4"
              fields={[
                { kind: "number", name: "weightKg", label: t("weightKg") },
                { kind: "number", name: "lengthCm", label: t("lengthCm") },
                { kind: "number", name: "widthCm", label: t("widthCm") },
                { kind: "number", name: "heightCm", label: t("heightCm") },
              ]}
              submitLabel={t("packed")} />
          </section>
        ) : null}
        {s.status === "packed" ? (
          <section className="card p-4">
            <h3 className="font-semibold">{t("shipTitle")}</h3>
            {!paid ? <p className="text-sm text-amber-700" data-testid="awaiting-payment">{s.rehearsal && !s.rehearsalApprovedAt ? t("awaitingRehearsal") : t("awaitingPayment")}</p> : null}
            <GateForm action={shipShipmentAction} hidden={{ shipmentId: s.id }} testId="ship-form" className="mt-3 grid gap-3 sm:grid-cols-3 sm:items-end"
              fields={[
                { kind: "text", name: "carrier", label: t("carrier"), defaultValue: "DHL Express" },
                { kind: "text", name: "trackingNumber", label: t("trackingNumber"), dir: "ltr" },
              ]}
              submitLabel={t("ship")} />
          </section>
        ) : null}
        {s.status === "shipped" ? (
          <section className="card p-4">
            <h3 className="font-semibold">{t("trackingTitle")}</h3>
            <GateForm action={trackingEventAction} hidden={{ shipmentId: s.id }} testId="tracking-form" className="mt-3 grid gap-3 sm:grid-cols-3 sm:items-end"
              fields={[
                { kind: "select", name: "stage", label: t("stage"), options: trackingStages.map((st) => ({ value: st, label: tStage(st) })) },
                { kind: "text", name: "location", label: t("location") },
              ]}
              submitLabel={t("addEvent")} />
          </section>
        ) : null}
      </div>
    </ClientMessages>
  );
}
