import { TestModeBanner } from "@/components/payments/test-mode-banner";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { GoodsLines } from "@/components/cart/goods-lines";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requestDb } from "@/lib/gate/next";
import { Link, redirect } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { findCartId } from "@/lib/cart/cart-owner";
import { cartView } from "@/lib/cart/cart-view";
import { checkoutOptions } from "@/lib/checkout/checkout-options";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { usingTestProvider } from "@/lib/payments/provider";
import { countryChoices, defaultCountryFor, servedCountries } from "@/lib/shipping/countries";

export const dynamic = "force-dynamic";

export const generateMetadata = privatePageMetadata("Checkout", "title");

export default async function CheckoutPage({ params }: { params: Promise<ShopParams> }) {
  const { locale, currency, rate } = await shopContext(params);
  const user = await requireUser(locale, "/checkout");
  const db = await requestDb();
  const cartId = await findCartId(db, { userId: user.id });
  const view = cartId ? await cartView(db, cartId, locale, currency, rate) : null;
  if (!view || view.lineCount === 0 || view.blockers.length) redirect({ href: "/cart", locale });
  const t = await getTranslations({ locale, namespace: "Checkout" });
  const options = await checkoutOptions(db, locale);
  const country = (servedCountries as readonly string[]).includes(user.country ?? "") ? user.country! : defaultCountryFor(locale);
  return (
    <>
      <TestModeBanner locale={locale} />
      <div className="container-page py-8">
        <nav className="text-sm text-ink-500">
          <Link href="/cart" className="hover:text-brand-700">{t("backToCart")}</Link>
        </nav>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-ink-500">{t("subtitle", { count: view!.lineCount })}</p>
      <div className="mt-6">
        <GoodsLines view={view!} currency={currency} rate={rate} locale={locale} />
      </div>
        <div className="mt-6">
        <ClientMessages locale={locale} namespaces={["Checkout", "Freight"]}>
            <CheckoutForm
              options={options}
              countries={countryChoices(locale)}
              defaults={{ name: user.name, company: user.company ?? "", country }}
              attemptKey={randomUUID()}
              currency={currency}
              testProvider={usingTestProvider()}
            />
          </ClientMessages>
        </div>
      </div>
    </>
  );
}
