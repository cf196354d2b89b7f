import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcceptPoForm } from "@/components/purchase-orders/accept-po-form";
import { PoStatusBadge } from "@/components/purchase-orders/po-status-badge";
import { PoTimeline } from "@/components/purchase-orders/po-timeline";
import { RejectLineForm } from "@/components/purchase-orders/reject-line-form";
import { ShipForm } from "@/components/purchase-orders/ship-form";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { requireFactory } from "@/lib/auth/require-factory";
import { NotFoundError } from "@/lib/errors";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { getFactoryPurchaseOrder } from "@/lib/purchase-orders/get-factory-purchase-order";
import { canRejectLines, canTransition } from "@/lib/purchase-orders/purchase-order-status";

type Params = Promise<ShopParams & { id: string }>;

const CARRIERS = ["sf", "zto", "yto", "yunda", "sto", "jd", "deppon", "ems"] as const;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "PurchaseOrders" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FactoryPurchaseOrderPage({ params }: { params: Params }) {
  const { locale } = await shopContext(params);
  const { id } = await params;
  const factory = await requireFactory(locale, `/factory/purchase-orders/${id}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const view = await getFactoryPurchaseOrder(await requestDb(), factory.factoryId, Number(id), locale).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const tLooks = await getTranslations({ locale, namespace: "Looks" });
  const t = await getTranslations({ locale, namespace: "PurchaseOrders" });
  const format = await getFormatter({ locale });
  const { po, warehouse } = view;
  const live = view.lines.filter((l) => !l.rejected);
  const units = live.reduce((sum, l) => sum + l.quantity, 0);
  const rejectable = canRejectLines(po.status) && live.length > 0;
  const slipUrl = `/api/factory/purchase-orders/${po.id}/packing-slip`;

  return (
    <div className="space-y-5">
      <nav className="text-sm text-ink-500"><Link href={`/factory/purchase-orders?status=${po.status}`} className="hover:text-brand-700">{t("detail.back")}</Link></nav>
      <header className="flex flex-wrap items-center gap-3">
        <h2 className="font-mono text-xl font-bold tracking-tight" data-testid="po-number">{po.number}</h2>
        <PoStatusBadge status={po.status} label={t(`status.${po.status}`)} />
        <span className="text-sm text-ink-500">{t("detail.placedOn", { date: format.dateTime(po.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}</span>
      </header>

      {/* Phones: actions, lines, history, address. Wide screens: lines and history beside actions and address. */}
      <div className="grid gap-5 xl:grid-cols-[1fr_20rem] xl:grid-rows-[auto_1fr]">
        {po.status !== "rejected" ? (
          <section className="card space-y-3 p-5 xl:col-start-2 xl:row-start-1" data-testid="po-actions">
            {canTransition(po.status, "accepted") ? (
              <>
                <p className="text-sm text-ink-700">{t("detail.acceptHint")}</p>
                <ClientMessages locale={locale} namespaces={["PurchaseOrders"]}>
                  <AcceptPoForm purchaseOrderId={po.id} />
                </ClientMessages>
              </>
            ) : null}
            <a href={slipUrl} target="_blank" rel="noreferrer" className="btn-secondary w-full" data-testid="po-packing-slip">
              <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor"><path d="M5 2h10v4H5zM3 7h14a2 2 0 0 1 2 2v5h-3v4H4v-4H1V9a2 2 0 0 1 2-2zm3 6v3h8v-3z" /></svg>
              {t("detail.packingSlip")}
            </a>
            {canTransition(po.status, "shipped") ? (
              <div className="border-t border-ink-100 pt-4">
                <h3 className="text-sm font-semibold">{t("detail.shipTitle")}</h3>
                <p className="mb-3 mt-0.5 text-xs text-ink-500">{t("detail.shipHint")}</p>
                <ClientMessages locale={locale} namespaces={["PurchaseOrders"]}>
                  <ShipForm purchaseOrderId={po.id} carriers={CARRIERS.map((c) => t(`carriers.${c}`))} />
                </ClientMessages>
              </div>
            ) : null}
            {po.trackingNumber ? (
              <div className="rounded-xl bg-indigo-50 p-3 text-sm text-indigo-900" data-testid="po-shipped">
                <p className="font-semibold">{t("detail.shippedWith", { carrier: po.carrier ?? "" })}</p>
                <p className="font-mono">{po.trackingNumber}</p>
                {view.parcels[0] ? <p className="mt-1 text-xs">{t(`parcel.${view.parcels[0].status}`)}</p> : null}
              </div>
            ) : null}
          </section>
        ) : (
          <p className="card p-5 text-sm text-ink-700 xl:col-start-2 xl:row-start-1">{t("detail.rejectedWhole")}</p>
        )}
        <div className="min-w-0 space-y-5 xl:col-start-1 xl:row-span-2 xl:row-start-1">
          <section className="card overflow-hidden">
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-ink-100 px-5 py-3">
              <h3 className="font-semibold">{t("detail.lines")}</h3>
              <span className="text-sm text-ink-500">{t("lines", { count: live.length })} · {t("units", { count: units })}</span>
            </div>
            <div className="overflow-x-auto">
              <table className="w-full text-sm" data-testid="po-lines">
                <thead className="bg-ink-50/70 text-xs text-ink-500">
                  <tr>
                    <th className="px-5 py-2 text-start font-medium">{t("detail.product")}</th>
                    <th className="hidden px-3 py-2 text-start font-medium sm:table-cell">{t("detail.sku")}</th>
                    <th className="px-5 py-2 text-end font-medium">{t("detail.quantity")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-ink-100">
                  {view.lines.map((line) => (
                    <tr key={line.orderLineId} className={`align-top ${line.rejected ? "bg-ink-50/60" : ""}`} data-testid="po-line" data-rejected={line.rejected || undefined}>
                      <td className="px-4 py-3 sm:px-5">
                        <div className="flex gap-3">
                          {line.photoKey ? (
                            // eslint-disable-next-line @next/next/no-img-element
                            <img src={`/media/${line.photoKey}`} alt="" width={48} height={48} className={`h-12 w-12 shrink-0 rounded-lg border border-ink-100 bg-white object-contain ${line.rejected ? "opacity-50" : ""}`} />
                          ) : null}
                          <div className="min-w-0">
                            <p className={`line-clamp-2 font-medium ${line.rejected ? "text-ink-500 line-through" : "text-ink-900"}`} lang={line.titleLocale}>{line.title}</p>
                            {line.options ? <p className="mt-0.5 text-xs text-ink-500">{line.options}</p> : null}
                            <p className="mt-0.5 font-mono text-xs text-ink-500 sm:hidden">{line.skuCode}</p>
                            {line.rejected ? (
                              <p className="mt-1 text-xs text-red-700" data-testid="po-line-rejected">
                                <span className="font-semibold">{t("detail.rejected")}</span>
                                {line.rejectReason ? ` · ${t("detail.reason", { reason: line.rejectReason })}` : ""}
                              </p>
                            ) : rejectable ? (
                              <div className="mt-1">
                                <ClientMessages locale={locale} namespaces={["PurchaseOrders"]}>
                                  <RejectLineForm purchaseOrderId={po.id} orderLineId={line.orderLineId} />
                                </ClientMessages>
                              </div>
                            ) : null}
                          </div>
                        </div>
                      </td>
                      <td className="hidden px-3 py-3 font-mono text-xs text-ink-700 sm:table-cell">{line.skuCode}</td>
                      <td className={`px-5 py-3 text-end text-base font-semibold tabular-nums ${line.rejected ? "text-ink-500 line-through" : ""}`}>{line.quantity}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <PoTimeline events={view.events} locale={locale} />
        </div>

        <aside className="xl:col-start-2 xl:row-start-2 xl:self-start">
          <section className="card p-5 text-sm" data-testid="po-deliver-to">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-ink-500">{t("detail.deliverTo")}</h3>
            <p className="mt-2 font-semibold text-ink-900">{warehouse.name} <span className="font-mono text-xs font-normal text-ink-500">{warehouse.code}</span></p>
            <p className="text-ink-700">{view.agentName}</p>
            {warehouse.addressZh && (
              <p lang="zh" className="mt-2 text-ink-900" data-testid="po-address-zh">
                {warehouse.addressZh} {warehouse.postalCode}
              </p>
            )}
            <p lang="en" className="mt-2 text-ink-700" data-testid="po-address-en">
              {warehouse.address} {warehouse.postalCode}
            </p>
            {warehouse.phone && (
              <p className="mt-2 text-ink-700">
                {tLooks("phone")}: <a href={`tel:${warehouse.phone.replace(/\s+/g, "")}`} dir="ltr" className="font-mono text-brand-700 hover:underline" data-testid="po-phone">{warehouse.phone}</a>
              </p>
            )}
            <p className="mt-3 rounded-lg bg-amber-50 p-2.5 text-xs text-amber-900">{t("detail.markBox", { number: po.number })}</p>
          </section>
        </aside>
      </div>
    </div>
  );
}
