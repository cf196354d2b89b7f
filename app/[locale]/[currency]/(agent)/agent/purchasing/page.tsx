import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { placePurchaseOrdersAction } from "@/components/warehouse/actions";
import { GateForm } from "@/components/warehouse/gate-form";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { purchasingQueueOp } from "@/lib/warehouse/list-purchasing-queue";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("Warehouse", "purchasing.title");

export default async function PurchasingPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const groups = await pageRead(purchasingQueueOp, {}, locale, "/agent/purchasing");
  const t = await getTranslations({ locale, namespace: "Warehouse.purchasing" });
  return (
    <div>
      <h2 className="text-2xl font-bold tracking-tight">{t("title")}</h2>
      <p className="mt-1 text-sm text-ink-500">{t("subtitle")}</p>
      {groups.length === 0 ? <p className="card mt-6 p-8 text-center text-ink-500" data-testid="purchasing-empty">{t("empty")}</p> : null}
      <ClientMessages locale={locale} namespaces={[]}>
        <div className="mt-6 space-y-4">
          {groups.map((g) => (
            <section key={g.factoryId} className="card p-4" data-testid="purchasing-group">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h3 className="font-semibold">{g.factoryName}</h3>
                <GateForm action={placePurchaseOrdersAction} hidden={{ factoryId: g.factoryId }} submitLabel={t("place", { count: g.lines.length })} testId={`place-po-${g.factoryId}`} className="" />
              </div>
              <table className="mt-3 w-full text-sm">
                <thead className="text-start text-xs text-ink-500"><tr><th className="py-1 text-start">{t("order")}</th><th className="text-start">{t("goods")}</th><th className="text-end">{t("quantity")}</th><th className="text-end">{t("warehouse")}</th></tr></thead>
                <tbody className="divide-y divide-ink-100">
                  {g.lines.map((l) => (
                    <tr key={l.id}>
                      <td className="py-1.5 font-mono text-xs">{l.orderNumber}<span className="block font-sans text-ink-500">{l.buyerName}</span></td>
                      <td>{l.title}<span className="block text-xs text-ink-500">{l.options}</span></td>
                      <td className="text-end tabular-nums">{l.quantity}</td>
                      <td className="text-end font-mono text-xs">{l.warehouseCode}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      </ClientMessages>
    </div>
  );
}
