import { getFormatter, getTranslations } from "next-intl/server";
import { OrderStatus } from "@/components/orders/order-status";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { isCurrency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";
import { listBuyerOrders } from "@/lib/orders/buyer-orders";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";

export const dynamic = "force-dynamic";

export const generateMetadata = privatePageMetadata("Orders", "title");

export default async function OrdersPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const user = await requireUser(locale, "/orders");
  const t = await getTranslations({ locale, namespace: "Orders" });
  const format = await getFormatter({ locale });
  const orders = await listBuyerOrders(await requestDb(), user.id);
  return (
    <div className="container-page py-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {orders.length === 0 ? (
        <div className="card mt-6 p-10 text-center">
          <p className="text-ink-500">{t("none")}</p>
          <Link href="/" className="btn-primary mt-4 inline-flex">{t("browse")}</Link>
        </div>
      ) : (
        <ul className="mt-6 space-y-3">
          {orders.map((o) => (
            <li key={o.id}>
              <Link href={`/orders/${o.number}`} className="card flex items-center gap-4 p-4 hover:border-brand-300" data-testid="order-row">
                {o.photoKey ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={`/media/${o.photoKey}`} alt="" width={56} height={56} className="h-14 w-14 rounded-lg border border-ink-100 object-contain" />
                ) : null}
                <div className="min-w-0 flex-1">
                  <p className="font-mono text-sm font-semibold text-ink-900">{o.number}</p>
                  <p className="text-xs text-ink-500">
                    {format.dateTime(o.createdAt, { dateStyle: "medium" })} · {t("lines", { lines: o.lineCount, units: o.units })}
                  </p>
                </div>
                <OrderStatus status={o.status} label={t(`status.${o.status}`)} />
                <span className="w-28 text-end font-semibold tabular-nums" dir="ltr">
                  {formatMoney(o.firstPaymentMinor, isCurrency(o.currency) ? o.currency : "USD", locale)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
