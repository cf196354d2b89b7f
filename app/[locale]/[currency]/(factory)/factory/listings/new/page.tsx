import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditorPage } from "@/components/listings/editor/editor-page";
import { requireFactory } from "@/lib/auth/require-factory";
import { shopContext, type ShopParams } from "@/lib/page-context";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "ListingEditor" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewListingPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  await requireFactory(locale, "/factory/listings/new");
  return <EditorPage locale={locale} data={null} notice={null} />;
}
