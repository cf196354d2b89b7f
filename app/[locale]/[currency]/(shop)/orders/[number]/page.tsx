import { TestModeBanner } from "@/components/payments/test-mode-banner";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { OrderStatus } from "@/components/orders/order-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { pickLabel } from "@/lib/catalog/localized";
import { isCurrency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";
import { listOrderParcels } from "@/lib/orders/list-order-parcels";
import { getBuyerOrder } from "@/lib/orders/buyer-orders";
import { LineGoods } from "@/components/warehouse/line-goods";
import { pageRead } from "@/lib/gate/next";
import { buyerOrderGoodsOp } from "@/lib/warehouse/buyer-order-goods";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { payOrderAction } from "@/components/orders/actions";

export const dynamic = "force-dynamic";
type Params = Promise<ShopParams & { number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const { number } = await params;
  const t = await getTranslations({ locale, namespace: "Orders" });
  return { title: t("orderTitle", { number: decodeURIComponent(number) }), robots: { index: false } };
}

export default async function OrderPage({ params, searchParams }: { params: Params; searchParams: Promise<{ paid?: string }> }) {
  const { locale } = await shopContext(params);
  const number = decodeURIComponent((await params).number);
  const user = await requireUser(locale, `/orders/${number}`);
  if (!/^[A-Z0-9]{6,20}$/.test(number)) notFound();
  const order = await getBuyerOrder(await requestDb(), user.id, number);
  if (!order) notFound();
  const { paid } = await searchParams;
  const t = await getTranslations({ locale, namespace: "Orders" });
  const tPo = await getTranslations({ locale, namespace: "PurchaseOrders" });
  // Purchase order events (placed, shipped, a line refunded...) are labelled by PurchaseOrders.events.
  // Warehouse steps (received, QC, stored, shipment...) by Warehouse.events.
  const tWh = await getTranslations({ locale, namespace: "Warehouse" });
  const eventLabel = (kind: string) =>
    t.has(`event.${kind}`) ? t(`event.${kind}`) : tPo.has(`events.${kind}`) ? tPo(`events.${kind}`) : tWh.has(`events.${kind}`) ? tWh(`events.${kind}` as "events.qc.passed") : kind;
  const goods = await pageRead(buyerOrderGoodsOp, { orderId: order.order.id }, locale, `/orders/${number}`);
  const format = await getFormatter({ locale });
  const o = order.order;
  const currency = isCurrency(o.currency) ? o.currency : "USD";
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const goodsPayment = order.payments.filter((p) => p.kind === "goods").at(-1);
  // A declined card or a bounced debit leaves the order awaiting payment: say so, and offer to pay again.
  const lastGoodsEvent = order.events.filter((e) => ["payment_started", "payment_attempt_failed", "payment_failed", "paid"].includes(e.kind)).at(-1);
  const attemptFailed = lastGoodsEvent?.kind === "payment_attempt_failed" || lastGoodsEvent?.kind === "payment_failed";
  const tProgress = await getTranslations({ locale, namespace: "OrderProgress" });
  const parcels = await listOrderParcels(await requestDb(), o.id);
  const shippingPayment = order.payments.filter((p) => p.kind === "shipping").at(-1);
  const shippingDetails = shippingPayment?.details as { chargeableWeightG?: number; actualWeightG?: number; differenceMinor?: number } | undefined;
  const kg = (g: number) => format.number(g / 1000, { maximumFractionDigits: 2 });
  const payForm = (kind: "goods" | "shipping", label: string) => (
    <form action={payOrderAction}>
      <input type="hidden" name="orderId" value={o.id} />
      <input type="hidden" name="number" value={o.number} />
      <input type="hidden" name="kind" value={kind} />
      <SubmitButton testId={`pay-${kind}`}>{label}</SubmitButton>
    </form>
  );

  return (
    <>
      <TestModeBanner locale={locale} />
      <div className="container-page py-8">
        <nav className="text-sm text-ink-500"><Link href="/orders" className="hover:text-brand-700">{t("title")}</Link></nav>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-2xl font-bold tracking-tight" data-testid="order-number">{o.number}</h1>
          <OrderStatus status={o.status} label={t(`status.${o.status}`)} />
        </div>
        <p className="mt-1 text-sm text-ink-500">{t("placedOn", { date: format.dateTime(o.createdAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
        {paid && o.status === "pending_payment" ? <p className="mt-4 rounded-lg bg-sky-50 p-3 text-sm text-sky-800">{t("awaitingConfirmation")}</p> : null}
      {o.status === "pending_payment" && attemptFailed ? (
        <p className="mt-4 rounded-lg bg-amber-50 p-3 text-sm text-amber-900" role="status" data-testid="payment-declined">{tProgress("declined")}</p>
      ) : null}

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="space-y-6">
            <section className="card overflow-hidden">
            <h2 className="flex items-center justify-between border-b border-ink-100 px-5 py-3 font-semibold">{t("goods")}
              {[...goods.values()].some((g) => g.lineStatus === "stored") ? <Link href="/shipments" className="text-sm font-normal text-brand-700 hover:underline" data-testid="consolidate-link">{tWh("goods.consolidate")}</Link> : null}
            </h2>
              <ul className="divide-y divide-ink-100">
                {order.lines.map((line) => (
                  <li key={line.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3" data-testid="order-line">
                    {line.snapshot.photoKey ? (
                      // eslint-disable-next-line @next/next/no-img-element
                      <img src={`/media/${line.snapshot.photoKey}`} alt="" width={48} height={48} className="h-12 w-12 rounded-lg border border-ink-100 object-contain" />
                    ) : null}
                    <div className="min-w-0 flex-1">
                      <Link href={`/p/${line.listingId}`} className="line-clamp-1 text-sm font-medium hover:text-brand-700">{line.snapshot.title}</Link>
                      <p className="text-xs text-ink-500">{line.snapshot.options} · × {line.quantity}</p>
                      {line.status === "refunded" ? <p className="mt-0.5 text-xs font-semibold text-red-700" data-testid="order-line-refunded">{tPo("buyerLineRefunded")}</p> : null}
                    </div>
                    <span className="font-medium tabular-nums" dir="ltr">{money(line.lineTotalMinor)}</span>
                    {/* What the warehouse found, the full width of the line (readable on a phone). */}
                    {goods.get(line.id) ? <div className="basis-full"><LineGoods goods={goods.get(line.id)!} locale={locale} currency={currency} ratePerCny={o.ratePerCny} /></div> : null}
                  </li>
                ))}
              </ul>
            </section>

          {parcels.length ? (
            <section className="card p-5" data-testid="domestic-parcels">
              <h2 className="font-semibold">{tProgress("parcels.title")}</h2>
              <ul className="mt-3 divide-y divide-ink-100">
                {parcels.map((p) => (
                  <li key={p.purchaseOrderNumber} className="py-3 text-sm" data-testid="domestic-parcel">
                    <p className="font-medium text-ink-900">
                      {tProgress("parcels.shipped", { factory: locale === "zh" ? p.factoryName.zh : p.factoryName.en, date: p.shippedAt ? format.dateTime(p.shippedAt, { dateStyle: "medium" }) : "—" })}
                    </p>
                    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-ink-700">
                      <dt className="text-ink-500">{tProgress("parcels.carrier")}</dt>
                      <dd dir="auto" data-testid="domestic-carrier">{p.carrier ?? "—"}</dd>
                      <dt className="text-ink-500">{tProgress("parcels.tracking")}</dt>
                      <dd className="font-mono" dir="ltr" data-testid="domestic-tracking">{p.trackingNumber}</dd>
                      <dt className="text-ink-500">{tProgress("parcels.po")}</dt>
                      <dd className="font-mono" dir="ltr">{p.purchaseOrderNumber} · <span dir="auto">{tProgress("parcels.contains", { count: p.orderLineIds.length })}</span></dd>
                    </dl>
                    {p.status === "received" && p.receivedAt ? <p className="mt-1 text-xs text-emerald-700">{tProgress("parcels.received", { date: format.dateTime(p.receivedAt, { dateStyle: "medium" }) })}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

            <section className="card p-5">
              <h2 className="font-semibold">{t("timeline")}</h2>
              <ol className="mt-4 space-y-4 border-s-2 border-ink-100 ps-5" data-testid="order-timeline">
                {order.events.map((event) => (
                  <li key={event.id} className="relative" data-kind={event.kind}>
                    <span className="absolute -start-[27px] top-1 h-3 w-3 rounded-full border-2 border-white bg-brand-500 ring-2 ring-brand-100" aria-hidden />
                    <p className="text-sm font-medium text-ink-900">{eventLabel(event.kind)}</p>
                    <p className="text-xs text-ink-500">{format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
                  {Array.isArray(event.data?.photos) && event.data.photos.length ? (
                    <div className="mt-1 flex gap-1" data-testid="timeline-photos">
                      {(event.data.photos as string[]).map((key) => (
                        // eslint-disable-next-line @next/next/no-img-element
                        <img key={key} src={`/media/${key}`} alt="" className="h-12 w-12 rounded border border-ink-100 object-cover" />
                      ))}
                    </div>
                  ) : null}
                  </li>
                ))}
              </ol>
            </section>
          </div>

          <aside className="space-y-6">
            <section className="card space-y-2 p-5 text-sm">
              <h2 className="mb-2 font-semibold">{t("amounts")}</h2>
              {[
                ["goods", o.goodsMinor],
                ["serviceFee", o.serviceFeeMinor],
                ["domestic", o.domesticShippingMinor],
              ].map(([key, amount]) => (
                <div key={key} className="flex justify-between"><span className="text-ink-700">{t(`amount.${key}`)}</span><span className="tabular-nums" dir="ltr">{money(amount as number)}</span></div>
              ))}
              <div className="flex justify-between border-t border-ink-100 pt-2 font-semibold"><span>{t("amount.first")}</span><span className="tabular-nums" dir="ltr" data-testid="order-first-payment">{money(o.firstPaymentMinor)}</span></div>
              <div className="flex justify-between text-ink-500"><span>{t("amount.intlEstimate")}</span><span className="tabular-nums" dir="ltr">{money(o.intlEstimateMinor)}</span></div>
              {o.dutyEstimateMinor ? <div className="flex justify-between text-ink-500"><span>{t("amount.duty")}</span><span className="tabular-nums" dir="ltr">{money(o.dutyEstimateMinor)}</span></div> : null}
              {currency !== "CNY" && <p className="pt-1 text-xs text-ink-500">{t("rateLocked", { currency, rate: format.number(Number(o.ratePerCny), { maximumSignificantDigits: 6 }) })}</p>}
            {o.status === "pending_payment" && (!goodsPayment || goodsPayment.status === "pending" || goodsPayment.status === "failed") ? <div className="pt-3">{payForm("goods", t("payNow", { amount: money(o.firstPaymentMinor) }))}</div> : null}
            </section>

            {shippingPayment ? (
              <section className="card space-y-2 p-5 text-sm" data-testid="shipping-payment">
                <h2 className="font-semibold">{t("secondPayment")}</h2>
                {shippingDetails?.actualWeightG ? <p className="text-ink-700">{t("weighed", { weight: kg(shippingDetails.actualWeightG), chargeable: kg(shippingDetails.chargeableWeightG ?? 0) })}</p> : null}
                <div className="flex justify-between font-semibold"><span>{t("amount.intlActual")}</span><span className="tabular-nums" dir="ltr">{money(shippingPayment.amountMinor)}</span></div>
                {shippingDetails?.differenceMinor != null ? <p className="text-xs text-ink-500">{t("difference", { amount: money(shippingDetails.differenceMinor) })}</p> : null}
                {shippingPayment.status === "pending" ? <div className="pt-2">{payForm("shipping", t("payShipping", { amount: money(shippingPayment.amountMinor) }))}</div> : <p className="text-emerald-700">{t(`paymentStatus.${shippingPayment.status}`)}</p>}
              </section>
            ) : null}

            <section className="card space-y-1 p-5 text-sm">
              <h2 className="mb-2 font-semibold">{t("delivery")}</h2>
              <p>{o.address.name}{o.address.company ? `, ${o.address.company}` : ""}</p>
              <p>{o.address.line1}{o.address.line2 ? `, ${o.address.line2}` : ""}</p>
              <p>{o.address.postalCode} {o.address.city}{o.address.region ? `, ${o.address.region}` : ""}</p>
              <p>{new Intl.DisplayNames([locale], { type: "region" }).of(o.address.country)}</p>
              <p className="pt-2 text-ink-500">{t("via", { warehouse: pickLabel(order.warehouse.name, locale).text, line: pickLabel(order.line.name, locale).text })}</p>
            </section>
          </aside>
        </div>
      </div>
    </>
  );
}
