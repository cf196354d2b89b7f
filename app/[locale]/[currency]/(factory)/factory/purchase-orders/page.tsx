import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusTabs } from "@/components/portal/status-tabs";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { requireFactory } from "@/lib/auth/require-factory";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { listFactoryPurchaseOrders } from "@/lib/purchase-orders/list-factory-purchase-orders";
import { purchaseOrderStatuses, type PurchaseOrderStatus } from "@/lib/purchase-orders/purchase-order-status";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "PurchaseOrders" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FactoryPurchaseOrdersPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: Promise<{ status?: string }> }) {
  const { locale } = await shopContext(params);
  const factory = await requireFactory(locale, "/factory/purchase-orders");
  const raw = (await searchParams).status;
  const status: PurchaseOrderStatus = (purchaseOrderStatuses as readonly string[]).includes(raw ?? "") ? (raw as PurchaseOrderStatus) : "placed";
  const t = await getTranslations({ locale, namespace: "PurchaseOrders" });
  const format = await getFormatter({ locale });
  const { items, counts } = await listFactoryPurchaseOrders(await requestDb(), factory.factoryId, status, locale);
  const tabs = purchaseOrderStatuses.map((s) => ({ key: s, label: t(`tabs.${s}`), count: counts[s], href: `/factory/purchase-orders?status=${s}` }));

  return (
    <div className="space-y-5">
      <header>
        <h2 className="text-lg font-bold text-ink-900">{t("title")}</h2>
        <p className="mt-0.5 text-sm text-ink-500">{t("subtitle")}</p>
      </header>
      <StatusTabs tabs={tabs} active={status} label={t("filter")} />
      {items.length === 0 ? (
        <p className="card p-10 text-center text-sm text-ink-500" data-testid="po-list-empty">{t(`none.${status}`)}</p>
      ) : (
        <>
        {/* Phones: one card per purchase order. */}
        <ul className="space-y-3 md:hidden">
          {items.map((po) => (
            <li key={po.id}>
              <Link href={`/factory/purchase-orders/${po.id}`} className="card block p-4" data-testid="po-card" data-number={po.number}>
                <div className="flex items-center justify-between gap-3">
                  <span className="font-mono text-sm font-semibold text-ink-900">{po.number}</span>
                  <span className="text-xs text-ink-500">{format.dateTime(po.createdAt, { dateStyle: "medium" })}</span>
                </div>
                <p className="mt-2 text-sm text-ink-900">{po.warehouse.name} <span className="font-mono text-xs text-ink-500">{po.warehouse.code}</span></p>
                <p className="text-xs text-ink-500">{po.agentName}</p>
                <p className="mt-2 border-t border-ink-100 pt-2 text-xs text-ink-700">
                  {t("lines", { count: po.lineCount })} · {t("units", { count: po.units })}
                  {po.rejectedLineCount ? <span className="ms-1 text-red-700">· {t("rejectedLines", { count: po.rejectedLineCount })}</span> : null}
                  {po.trackingNumber ? <span className="ms-1 font-mono">· {po.trackingNumber}</span> : null}
                </p>
              </Link>
            </li>
          ))}
        </ul>
        <div className="card hidden overflow-x-auto md:block">
          <table className="w-full min-w-[44rem] text-sm" data-testid="po-list">
            <thead className="border-b border-ink-100 bg-ink-50/70 text-xs text-ink-500">
              <tr>
                <th className="px-4 py-2.5 text-start font-medium">{t("columns.number")}</th>
                <th className="px-4 py-2.5 text-start font-medium">{t("columns.agent")}</th>
                <th className="px-4 py-2.5 text-start font-medium">{t("columns.warehouse")}</th>
                <th className="px-4 py-2.5 text-end font-medium">{t("columns.lines")}</th>
                <th className="px-4 py-2.5 text-end font-medium">{t("columns.created")}</th>
                <th className="px-4 py-2.5"><span className="sr-only">{t("columns.open")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-ink-100">
              {items.map((po) => (
                <tr key={po.id} className="hover:bg-ink-50/60" data-testid="po-row" data-number={po.number}>
                  <td className="px-4 py-3">
                    <Link href={`/factory/purchase-orders/${po.id}`} className="font-mono font-semibold text-ink-900 hover:text-brand-700" data-testid="po-link">{po.number}</Link>
                    {po.trackingNumber ? <p className="font-mono text-xs text-ink-500">{po.trackingNumber}</p> : null}
                  </td>
                  <td className="px-4 py-3 text-ink-700">{po.agentName}</td>
                  <td className="px-4 py-3">
                    <p className="text-ink-900">{po.warehouse.name}</p>
                    <p className="text-xs text-ink-500"><span className="font-mono">{po.warehouse.code}</span> · {po.warehouse.city}</p>
                  </td>
                  <td className="px-4 py-3 text-end">
                    <p className="tabular-nums text-ink-900">{t("lines", { count: po.lineCount })}</p>
                    <p className="text-xs text-ink-500">
                      {t("units", { count: po.units })}
                      {po.rejectedLineCount ? <span className="ms-1 text-red-700">· {t("rejectedLines", { count: po.rejectedLineCount })}</span> : null}
                    </p>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-end text-ink-700">{format.dateTime(po.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="px-4 py-3 text-end">
                    <Link href={`/factory/purchase-orders/${po.id}`} className="btn-secondary px-3 py-1.5 text-xs">{t("columns.open")}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </>
      )}
    </div>
  );
}
