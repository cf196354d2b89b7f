import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { listNotificationsOp } from "@/lib/warehouse/list-notifications";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("Warehouse", "notifications.title");

export default async function NotificationsPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const rows = await pageRead(listNotificationsOp, {}, locale, "/notifications");
  const t = await getTranslations({ locale, namespace: "Warehouse.notifications" });
  const format = await getFormatter({ locale });
  return (
    <div className="container-page py-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {rows.length === 0 ? <p className="card mt-6 p-8 text-center text-ink-500">{t("empty")}</p> : null}
      <ul className="mt-6 space-y-2">
        {rows.map((n) => {
          const values = Object.fromEntries(Object.entries(n.data).filter(([, v]) => typeof v === "string" || typeof v === "number")) as Record<string, string>;
          const text = t.has(n.kind as "qc_ready") ? t(n.kind as "qc_ready", values as { orderNumber: string }) : n.kind;
          return (
            <li key={n.id} className={`card flex flex-wrap items-center gap-3 p-3 text-sm ${n.readAt ? "" : "border-brand-300 bg-brand-50"}`} data-testid="notification" data-kind={n.kind}>
              {n.href ? <Link href={n.href} className="font-medium text-ink-900 hover:text-brand-700">{text}</Link> : <span>{text}</span>}
              <span className="ms-auto text-xs text-ink-500">{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
