import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StatusPill } from "@/components/ui/status-pill";
import { createShipmentAction } from "@/components/warehouse/actions";
import { GateForm } from "@/components/warehouse/gate-form";
import { shipmentTone } from "@/components/warehouse/tones";
import { requestDb as getDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { access } from "@/lib/gate";
import { pageCaller } from "@/lib/gate/next";
import { convertFromCny } from "@/lib/money/convert";
import { isCurrency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { consolidationOptions } from "@/lib/shipments/consolidation-options";
import { listBuyerShipments } from "@/lib/shipments/list-shipments";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("Warehouse", "consolidate.title");

export default async function BuyerShipmentsPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const caller = await pageCaller(access.user, locale, "/shipments");
  const db = await getDb();
  const [groups, shipments] = await Promise.all([consolidationOptions(db, caller.user.id, locale), listBuyerShipments(db, caller.user.id)]);
  const t = await getTranslations({ locale, namespace: "Warehouse.consolidate" });
  const ts = await getTranslations({ locale, namespace: "Warehouse.shipmentStatus" });
  const tMode = await getTranslations({ locale, namespace: "Modes" });
  const format = await getFormatter({ locale });
  return (
    <div className="container-page space-y-8 py-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-ink-500">{t("subtitle")}</p>
      </div>
      {groups.length === 0 ? <p className="card p-8 text-center text-ink-500" data-testid="no-stored-goods">{t("empty")}</p> : null}
      <ClientMessages locale={locale} namespaces={[]}>
        {groups.map((g) => {
          const currency = isCurrency(g.currency) ? g.currency : "USD";
          const money = (fen: number) => formatMoney(convertFromCny(fen, g.ratePerCny, currency), currency, locale);
          return (
            <section key={g.warehouseId} className="card p-5" data-testid="consolidate-group">
              <h2 className="font-semibold">{t("fromWarehouse", { warehouse: g.warehouseName })}</h2>
              <GateForm
                action={createShipmentAction}
                testId={`consolidate-${g.warehouseId}`}
                className="mt-4 space-y-4"
                fields={[
                  {
                    kind: "checkboxes", name: "qcCheckIds", label: t("goods"), defaultChecked: g.items.map((i) => String(i.qcCheckId)),
                    options: g.items.map((i) => ({
                      value: String(i.qcCheckId),
                      label: `${i.title} · ${i.options} × ${i.quantity} (${i.orderNumber})`,
                      hint: i.freeDaysLeft > 0 ? t("freeDaysLeft", { days: i.freeDaysLeft, shelf: i.shelf ?? "" }) : t("storageFee", { amount: money(i.feeFen) }),
                    })),
                  },
                  {
                    kind: "radio", name: "shippingLineId", label: t("line"),
                    // The first line that can carry the goods (lines come cheapest first).
                    defaultValue: String(g.lines.find((l) => l.prediction.costFen != null)?.id ?? g.lines[0]?.id ?? ""),
                    options: g.lines.map((l) => ({
                      value: String(l.id),
                      label: `${l.name} · ${tMode(l.mode)} · ${t("days", { min: l.daysMin, max: l.daysMax })}`,
                      hint: l.prediction.costFen == null
                        ? t("tooHeavy")
                        : t("prediction", { kg: format.number(l.prediction.chargeableWeightG / 1000, { maximumFractionDigits: 2 }), cost: money(l.prediction.costFen), from: money(l.firstPriceFen) }),
                    })),
                  },
                  { kind: "number", name: "declaredValue", label: t("declaredValue", { currency }), defaultValue: "" },
                  { kind: "checkbox", name: "insured", label: t("insured") },
                  { kind: "checkbox", name: "rehearsal", label: t("rehearsal") },
                ]}
                submitLabel={t("request")}
              />
            </section>
          );
        })}
      </ClientMessages>
      <section>
        <h2 className="text-lg font-semibold">{t("yourShipments")}</h2>
        <ul className="mt-3 space-y-2">
          {shipments.map((s) => (
            <li key={s.id} className="card flex flex-wrap items-center gap-3 p-3 text-sm" data-testid="buyer-shipment">
              <Link href={`/shipments/${s.number}`} className="font-mono font-semibold text-brand-700 hover:underline">{s.number}</Link>
              <StatusPill tone={shipmentTone(s.status)} label={ts(s.status)} status={s.status} testId="shipment-status" />
              <span className="text-ink-500">{t("items", { count: s.items })} · {s.warehouseCode}</span>
              <span className="ms-auto text-xs text-ink-500">{format.dateTime(s.createdAt, { dateStyle: "medium" })}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
