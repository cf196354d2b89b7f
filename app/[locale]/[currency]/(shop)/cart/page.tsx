import { getFormatter, getTranslations } from "next-intl/server";
import { CartQuantityForm } from "@/components/cart/cart-quantity-form";
import { requestDb } from "@/lib/gate/next";
import { Link } from "@/i18n/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { cookieCartId, findCartId } from "@/lib/cart/cart-owner";
import { cartView } from "@/lib/cart/cart-view";
import { lineArithmetic } from "@/lib/cart/line-arithmetic";
import { formatMoney } from "@/lib/money/format";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { provinceName } from "@/lib/geo/place-names";

export const dynamic = "force-dynamic";

export const generateMetadata = privatePageMetadata("Cart", "title");

export default async function CartPage({ params }: { params: Promise<ShopParams> }) {
  const { locale, currency, rate } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Cart" });
  const tUnits = await getTranslations({ locale, namespace: "Units" });
  const user = await getSessionUser();
  const db = await requestDb();
  const cartId = await findCartId(db, user ? { userId: user.id } : { anonymousCartId: await cookieCartId() });
  const view = cartId ? await cartView(db, cartId, locale, currency, rate) : null;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const tBuyer = await getTranslations({ locale, namespace: "BuyerCart" });
  const format = await getFormatter({ locale });
  const labels = { quantity: t("quantity"), update: t("update"), remove: t("remove") };

  if (!view || view.lineCount === 0) {
    return (
      <div className="container-page py-16 text-center">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-3 text-ink-500" data-testid="cart-empty">{t("empty")}</p>
        <Link href="/" className="btn-primary mt-6 inline-flex">{t("browse")}</Link>
      </div>
    );
  }

  return (
    <div className="container-page py-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          {view.factories.map((factory) => (
            <section key={factory.id} className="card overflow-hidden" data-testid="cart-factory">
              <header className="flex items-center justify-between border-b border-ink-100 bg-ink-50 px-4 py-3">
                <Link href={`/f/${factory.id}`} className="font-semibold text-ink-900 hover:text-brand-700">{factory.name}</Link>
                <span className="text-xs text-ink-500">{provinceName(factory.province, locale)}</span>
              </header>
              {factory.listings.map((listing) => (
                <div key={listing.id} className="border-b border-ink-100 p-4 last:border-b-0" data-testid="cart-listing">
                  <div className="flex gap-4">
                    {/* The photo repeats the title link beside it: one tab stop and one name per listing. */}
                    <Link href={`/p/${listing.id}`} className="shrink-0" tabIndex={-1} aria-hidden>
                      {listing.photoKey ? (
                        // eslint-disable-next-line @next/next/no-img-element
                        <img src={`/media/${listing.photoKey}`} alt="" width={80} height={80} className="h-20 w-20 rounded-lg border border-ink-100 bg-white object-contain" />
                      ) : null}
                    </Link>
                    <div className="min-w-0 flex-1">
                      <Link href={`/p/${listing.id}`} lang={listing.titleLocale} className="line-clamp-2 font-medium text-ink-900 hover:text-brand-700">
                        {listing.title}
                      </Link>
                      <div className="mt-2 flex flex-wrap gap-2 text-xs">
                        <span className="chip" data-testid="cart-tier">
                          {t("tierReached", { minQty: listing.pricing.tier.minQty, price: money(listing.tierPriceMinor), unit: tUnits(listing.unit as "piece", { count: 1 }) })}
                        </span>
                        {listing.pricing.moqMissing > 0 ? (
                          <span className="rounded-full bg-amber-50 px-2.5 py-1 font-medium text-amber-800" data-testid="cart-moq">
                            {t("moqMissing", { count: listing.pricing.moqMissing, moq: listing.moq })}
                          </span>
                        ) : null}
                        {listing.pricing.next && listing.nextSavingMinor ? (
                          <span className="rounded-full bg-emerald-50 px-2.5 py-1 text-emerald-800" data-testid="cart-next-tier">
                            {t("nextTier", { count: listing.pricing.next.missingQuantity, saving: money(listing.nextSavingMinor) })}
                          </span>
                        ) : null}
                        {!listing.buyable ? <span className="rounded-full bg-red-50 px-2.5 py-1 text-red-700">{t("unavailable")}</span> : null}
                      </div>
                    </div>
                  </div>
                  <ul className="mt-3 divide-y divide-ink-100">
                    {listing.lines.map((line) => ({ ...line, sum: lineArithmetic(line.unitPriceFen, line.quantity, rate.ratePerCny, currency, locale) })).map((line) => (
                      <li key={line.skuId} className="flex flex-wrap items-center justify-between gap-3 py-2.5" data-testid="cart-line">
                        <div className="min-w-0">
                          <p className="text-sm font-medium text-ink-800">{line.options || t("standard")}</p>
                          <p className="text-xs text-ink-500">
                            <bdi dir="ltr" className="whitespace-nowrap tabular-nums" data-testid="cart-line-equation">{line.sum.equation}</bdi>
                            {line.shortOfStock ? <span className="ms-2 text-red-600">{t("onlyInStock", { count: Math.max(0, line.available) })}</span> : null}
                          </p>
                        </div>
                        <div className="flex w-full flex-wrap items-center justify-between gap-x-4 gap-y-2 sm:w-auto">
                          <CartQuantityForm skuId={line.skuId} quantity={line.quantity} labels={labels} />
                          <span className="min-w-24 shrink-0 text-end font-semibold tabular-nums" dir="ltr" data-testid="cart-line-total">{line.sum.line}</span>
                        </div>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </div>
        <aside className="card h-fit space-y-4 p-5 lg:sticky lg:top-28">
          <div className="flex items-baseline justify-between">
            <span className="text-ink-700">{t("goods")}</span>
            <span className="text-xl font-bold tabular-nums" dir="ltr" data-testid="cart-goods">{money(view.goodsMinor)}</span>
          </div>
          <p className="text-xs text-ink-500">{t("feesAtCheckout")}</p>
          {currency !== "CNY" ? (
            <p className="text-xs text-ink-500" data-testid="cart-rate-note">
              {tBuyer("convertedNote", { rate: format.number(Number(rate.ratePerCny), { maximumSignificantDigits: 6 }), currency })}
            </p>
          ) : null}
          {view.blockers.length ? (
            <ul className="space-y-1 rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="cart-blockers">
              {view.blockers.map((b) => <li key={b}>{t(`blocker.${b}`)}</li>)}
            </ul>
          ) : null}
          {view.blockers.length ? (
            <span className="btn-primary w-full cursor-not-allowed opacity-50" aria-disabled>{t("checkout")}</span>
          ) : (
            <Link href="/checkout" className="btn-primary w-full" data-testid="go-checkout">{t("checkout")}</Link>
          )}
        </aside>
      </div>
    </div>
  );
}
