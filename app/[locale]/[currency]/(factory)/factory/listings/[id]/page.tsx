import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditorPage, noticeFrom } from "@/components/listings/editor/editor-page";
import { requestDb } from "@/lib/gate/next";
import { requireFactory } from "@/lib/auth/require-factory";
import { NotFoundError } from "@/lib/errors";
import { loadListingEditor } from "@/lib/listings/load-listing-editor";
import { shopContext, type ShopParams } from "@/lib/page-context";

type Params = ShopParams & { id: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "ListingEditor" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditListingPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ done?: string }> }) {
  const { locale } = await shopContext(params);
  const raw = (await params).id;
  const factory = await requireFactory(locale, `/factory/listings/${raw}`);
  if (!/^\d{1,9}$/.test(raw)) notFound();
  // Another factory's listing is not found, exactly like a missing one.
  const data = await loadListingEditor(await requestDb(), factory.factoryId, Number(raw)).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return <EditorPage locale={locale} data={data} notice={noticeFrom((await searchParams).done)} />;
}
