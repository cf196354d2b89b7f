import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StatusPill } from "@/components/ui/status-pill";
import { approveRehearsalAction, confirmDeliveryAction, payShipmentAction } from "@/components/warehouse/actions";
import { GateForm } from "@/components/warehouse/gate-form";
import { ShipmentFacts } from "@/components/warehouse/shipment-facts";
import { shipmentTone } from "@/components/warehouse/tones";
import { Link } from "@/i18n/navigation";
import { pageRead } from "@/lib/gate/next";
import { isCurrency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { getBuyerShipmentOp } from "@/lib/shipments/get-shipment";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("Warehouse", "shipment.title");

export default async function BuyerShipmentPage({ params, searchParams }: { params: Promise<ShopParams & { number: string }>; searchParams: Promise<{ paid?: string }> }) {
  const { locale } = await shopContext(params);
  const number = decodeURIComponent((await params).number);
  const view = await pageRead(getBuyerShipmentOp, { number }, locale, `/shipments/${number}`);
  const { paid } = await searchParams;
  const t = await getTranslations({ locale, namespace: "Warehouse.shipment" });
  const ts = await getTranslations({ locale, namespace: "Warehouse.shipmentStatus" });
  const s = view.shipment;
  const currency = isCurrency(s.currency) ? s.currency : "USD";
  const rehearsalWaiting = s.rehearsal && s.status === "packed" && !s.rehearsalApprovedAt;
  return (
    <ClientMessages locale={locale} namespaces={[]}>
      <div className="container-page space-y-6 py-8">
        <nav className="text-sm text-ink-500"><Link href="/shipments" className="hover:text-brand-700">{t("backBuyer")}</Link></nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-2xl font-bold" data-testid="shipment-number">{s.number}</h1>
          <StatusPill tone={shipmentTone(s.status)} label={ts(s.status)} status={s.status} testId="shipment-status" />
        </div>
        {paid && view.payment?.status === "pending" ? <p className="rounded-lg bg-sky-50 p-3 text-sm text-sky-800">{t("awaitingConfirmation")}</p> : null}
        {rehearsalWaiting ? (
          <section className="card border-amber-200 bg-amber-50 p-4" data-testid="rehearsal-ready">
            <p className="text-sm text-amber-900">{t("rehearsalReady")}</p>
            <GateForm action={approveRehearsalAction} hidden={{ shipmentId: s.id }} testId="approve-rehearsal" submitLabel={t("approveRehearsal")} className="mt-3" />
          </section>
        ) : null}
        {view.payment?.status === "pending" ? (
          <GateForm action={payShipmentAction} hidden={{ shipmentId: s.id }} testId="pay-shipment" submitLabel={t("pay", { amount: formatMoney(view.payment.amountMinor, currency, locale) })} className="" />
        ) : null}
        {s.status === "shipped" ? (
          <GateForm action={confirmDeliveryAction} hidden={{ shipmentId: s.id }} testId="confirm-delivery" submitLabel={t("confirmDelivery")} className="" />
        ) : null}
        <ShipmentFacts view={view} locale={locale} />
      </div>
    </ClientMessages>
  );
}
