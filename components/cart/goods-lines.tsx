// The goods of a cart, line by line, as they will be charged: each line's unit price x quantity in
// the factory's CNY and the line converted once into the buyer's currency (lib/cart/line-arithmetic).
import { getFormatter, getTranslations } from "next-intl/server";
import type { CartView } from "@/lib/cart/cart-view";
import { lineArithmetic } from "@/lib/cart/line-arithmetic";
import type { Rate } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";

export async function GoodsLines({ view, currency, rate, locale }: { view: CartView; currency: Currency; rate: Rate; locale: string }) {
  const t = await getTranslations({ locale, namespace: "BuyerCart" });
  const format = await getFormatter({ locale });
  const listings = view.factories.flatMap((f) => f.listings);
  return (
    <details className="card p-4" open data-testid="checkout-goods">
      <summary className="cursor-pointer font-semibold">{t("goodsTitle", { count: view.lineCount })}</summary>
      <ul className="mt-3 divide-y divide-ink-100 text-sm">
        {listings.flatMap((listing) =>
          listing.lines.map((line) => {
            const sum = lineArithmetic(line.unitPriceFen, line.quantity, rate.ratePerCny, currency, locale);
            return (
              <li key={line.skuId} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2" data-testid="checkout-line">
                <span className="min-w-0 flex-1">
                  <span lang={listing.titleLocale} className="line-clamp-1 text-ink-900">{listing.title}</span>
                  <span className="block text-xs text-ink-500">
                    {line.options ? `${line.options} · ` : ""}
                    <bdi dir="ltr" className="whitespace-nowrap tabular-nums" data-testid="checkout-line-equation">{sum.equation}</bdi>
                  </span>
                </span>
                <span className="shrink-0 font-medium tabular-nums" dir="ltr" data-testid="checkout-line-total">{sum.line}</span>
              </li>
            );
          }),
        )}
      </ul>
      <p className="mt-2 flex justify-between border-t border-ink-100 pt-2 font-semibold">
        <span>{t("goodsTotal")}</span>
        <span className="tabular-nums" dir="ltr" data-testid="checkout-goods-total">{formatMoney(view.goodsMinor, currency, locale)}</span>
      </p>
      {currency !== "CNY" ? (
        <p className="mt-1 text-xs text-ink-500">{t("convertedNote", { rate: format.number(Number(rate.ratePerCny), { maximumSignificantDigits: 6 }), currency })}</p>
      ) : null}
    </details>
  );
}
