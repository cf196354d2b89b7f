import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SourcingForm } from "@/components/sourcing/sourcing-form";
import { requireUser } from "@/lib/auth/session";
import { cachedCategoryTree } from "@/lib/catalog/cached";
import type { CategoryNode } from "@/lib/catalog/categories";
import { shopContext, type ShopParams } from "@/lib/page-context";

// Per request: it reads the session.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Sourcing.new" });
  return { title: t("title"), robots: { index: false } };
}

/** Categories with listings, parents before their children ("Home › Kitchen"). */
function choices(nodes: CategoryNode[], trail: string[] = []): { value: string; label: string }[] {
  return nodes
    .filter((n) => n.listingCount > 0)
    .flatMap((n) => [{ value: String(n.id), label: [...trail, n.name].join(" › ") }, ...choices(n.children, [...trail, n.name])]);
}

export default async function NewSourcingPage({ params, searchParams }: { params: Promise<ShopParams>; searchParams: Promise<{ link?: string }> }) {
  const { locale, currency } = await shopContext(params);
  const link = ((await searchParams).link ?? "").slice(0, 500);
  await requireUser(locale, `/sourcing/new${link ? `?link=${encodeURIComponent(link)}` : ""}`);
  const t = await getTranslations({ locale, namespace: "Sourcing.new" });
  const tree = await cachedCategoryTree(locale);
  return (
    <div className="container-page max-w-2xl py-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-sm text-ink-500">{t("intro")}</p>
      <div className="card mt-6 p-5">
        <ClientMessages locale={locale} namespaces={["Sourcing"]}>
          <SourcingForm link={link} currency={currency} categories={choices(tree)} />
        </ClientMessages>
      </div>
    </div>
  );
}
