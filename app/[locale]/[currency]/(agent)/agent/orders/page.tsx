import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OrderStatus } from "@/components/orders/order-status";
import { Link } from "@/i18n/navigation";
import { requestDb as getDb } from "@/lib/gate/next";
import { requireMember } from "@/lib/auth/require-member";
import { isCurrency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";
import { listAgentOrders } from "@/lib/orders/agent-orders";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";

export const generateMetadata = privatePageMetadata("AgentOrders", "title");

export default async function AgentOrdersPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const member = await requireMember(locale, "agent", "/agent/orders");
  const t = await getTranslations({ locale, namespace: "AgentOrders" });
  const tOrders = await getTranslations({ locale, namespace: "Orders" });
  const tWh = await getTranslations({ locale, namespace: "Warehouse.nav" });
  const rows = await listAgentOrders(await getDb(), member.organisationId);
  const money = (minor: number, currency: string) => formatMoney(minor, isCurrency(currency) ? currency : "USD", locale);
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-sm text-ink-500">{t("subtitle")}</p>
      {rows.length === 0 ? <p className="card mt-6 p-8 text-center text-ink-500">{t("none")}</p> : null}
      <ClientMessages locale={locale} namespaces={["AgentOrders"]}>
        <ul className="mt-6 space-y-3">
          {rows.map((o) => (
            <li key={o.id} className="card p-4" data-testid="agent-order">
              <div className="flex flex-wrap items-center gap-3">
                <span className="font-mono font-semibold">{o.number}</span>
                <OrderStatus status={o.status} label={tOrders(`status.${o.status}`)} />
                <span className="text-sm text-ink-500">{o.buyerName} · {o.country} · {o.warehouseCode} · {t("units", { count: o.units })}</span>
                <span className="ms-auto text-sm text-ink-700">{t("estimate", { amount: money(o.intlEstimateMinor, o.currency) })}</span>
              </div>
              <div className="mt-3">
                {o.shippingStatus ? (
                  <p className="text-sm text-ink-700" data-testid="agent-shipping-status">{t(`shipping.${o.shippingStatus}` as "shipping.pending", { amount: money(o.shippingMinor ?? 0, o.currency) })}</p>
                ) : (
                  <Link href="/agent/shipments" className="text-sm text-brand-700 hover:underline">{tWh("ordersNote")}</Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      </ClientMessages>
    </div>
  );
}
