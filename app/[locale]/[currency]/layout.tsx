import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "../../globals.css";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { IconSprite } from "@/components/catalog/verified-badge";
import { localeDirection } from "@/i18n/locales";
import { cachedCategoryTree } from "@/lib/catalog/cached";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { siteOrigin } from "@/lib/seo/site-url";

// Pages are rendered on first request per (locale, currency, path) and then served from the cache
// until a tag they depend on is revalidated: nothing here reads cookies or headers.
export const dynamicParams = true;
const CLIENT_NAMESPACES = ["Header", "SearchBox", "Listing", "Shipping", "Units", "Axes", "Modes", "Compare", "ErrorPage", "Freight", "Cart"] as const;
export function generateStaticParams(): ShopParams[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: t("title"), template: "%s · Haozao" },
    description: t("description"),
    applicationName: "Haozao",
    manifest: "/manifest.webmanifest",
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "32x32" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
    },
  };
}

export const viewport: Viewport = { themeColor: "#f9520f" };

export default async function ShopLayout({ children, params }: { children: ReactNode; params: Promise<ShopParams> }) {
  const { locale, currency, rate } = await shopContext(params);
  const [categories, messages] = await Promise.all([cachedCategoryTree(locale), getMessages({ locale })]);
  // Only what client components use travels to the browser (on every page, twice: HTML and RSC).
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="flex min-h-screen flex-col">
        <IconSprite />
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader locale={locale} currency={currency} categories={categories} />
          <main id="main" className="flex-1">
            {children}
          </main>
          <SiteFooter locale={locale} categories={categories} rate={rate} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
