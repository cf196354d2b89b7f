// The metadata of a private page (account, cart, checkout, orders, portals): a translated title,
// never indexed.
import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { shopContext, type ShopParams } from "./page-context";

export function privatePageMetadata(namespace: string, key: string) {
  return async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
    const { locale } = await shopContext(params);
    const t = await getTranslations({ locale, namespace });
    return { title: t(key), robots: { index: false } };
  };
}
