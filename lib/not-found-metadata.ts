// The tab title of a 404 ("Page not found · Haozao"), not the home page's: for the not-found page
// and for the pages whose generateMetadata finds nothing (their notFound() shows that page).
import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function notFoundMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Looks" });
  return { title: t("notFoundTitle"), robots: { index: false } };
}
