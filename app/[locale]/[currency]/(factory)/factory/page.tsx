import { getTranslations } from "next-intl/server";
import { shopContext, type ShopParams } from "@/lib/page-context";

// Placeholder until the dashboard lands (issue "factory portal").
export default async function FactoryDashboardPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Portal" });
  return <p className="text-ink-500">{t("welcome")}</p>;
}
