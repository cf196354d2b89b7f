import "server-only";
// The checkout's live quote for the choices made so far: every amount recomputed on the server
// from the buyer's own cart, formatted for the page's locale and the buyer's currency.
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { readCartItems } from "@/lib/cart/cart-items";
import { findCartId } from "@/lib/cart/cart-owner";
import { access, defineOperation, zId } from "@/lib/gate";
import { currencyForRequest, CURRENCY_COOKIE } from "@/lib/money/currency-cookie";
import { formatMoney } from "@/lib/money/format";
import { CheckoutError } from "@/lib/orders/errors";
import { checkoutQuotes } from "./checkout-quote";

export interface QuoteView {
  ok: boolean;
  message?: string;
  rows?: { key: string; label: string; amount: string; note?: string }[];
  firstPayment?: string;
  estimatedTotal?: string;
  landed?: { title: string; titleLocale: string; perUnit: string }[];
  parcel?: string;
  /** The line the breakdown is for: the buyer's choice, else the cheapest that can carry the parcel. */
  chosenLineId?: number;
  /** Each line of the warehouse's agent serving the country: its estimate, or null when the parcel is too heavy for it. */
  lineEstimates?: { id: number; amount: string | null }[];
}

/** The buyer's currency from the request's cookie header (the currency switcher's cookie). */
export function cookieValue(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

export const quoteCheckoutOp = defineOperation({
  name: "checkout.quote",
  access: access.user,
  input: z.object({
    warehouseId: zId,
    shippingLineId: zId.optional(),
    candidateLineIds: z.array(zId).max(20),
    country: z.string().regex(/^[A-Z]{2}$/),
  }),
  run: async ({ db, caller, locale, headers }, input): Promise<QuoteView> => {
    const t = await getTranslations({ locale, namespace: "Checkout" });
    const cartId = await findCartId(db, { userId: caller.user.id });
    if (!cartId) return { ok: false, message: t("problem.cartEmpty") };
    const currency = currencyForRequest(cookieValue(headers, CURRENCY_COOKIE), locale);
    try {
      const cart = await readCartItems(db, cartId, locale);
      const { warehouseId, country, candidateLineIds } = input;
      // One quote per line the buyer could pick (a handful), so the list can show each line's price.
      const attempts = await checkoutQuotes(db, cart, { warehouseId, shippingLineIds: candidateLineIds, country, currency });
      const lineEstimates = attempts.map((a) => ({ id: a.shippingLineId, amount: a.quote ? formatMoney(a.quote.quote.intlMinor ?? 0, currency, locale) : null }));
      const usable = attempts.filter((a) => a.quote);
      const picked = attempts.find((a) => a.shippingLineId === input.shippingLineId && a.quote) ?? usable.sort((a, b) => a.quote!.quote.intlFen! - b.quote!.quote.intlFen!)[0];
      if (!picked?.quote) {
        const problem = attempts.find((a) => a.problem)?.problem;
        return { ok: false, message: t(`problem.${problem?.code ?? "shippingLine"}`), lineEstimates };
      }
      const { quote, line } = picked.quote;
      const money = (minor: number) => formatMoney(minor, currency, locale);
      const format = await getFormatter({ locale });
      const kg = (g: number) => format.number(g / 1000, { maximumFractionDigits: 2 });
      return {
        ok: true,
        rows: [
          { key: "goods", label: t("goods"), amount: money(quote.goodsMinor) },
          { key: "fee", label: t("serviceFee"), amount: money(quote.serviceFeeMinor) },
          { key: "domestic", label: t("domestic"), amount: money(quote.domesticMinor) },
          // Estimates: international shipping is the second payment, duty is paid at import.
          { key: "intl", label: t("intlEstimate"), amount: money(quote.intlMinor ?? 0), note: t("intlLater") },
          { key: "duty", label: t("dutyEstimate"), amount: money(quote.dutyMinor), note: quote.dutyComplete ? t("dutyAtImport") : t("dutyPartial") },
        ],
        firstPayment: money(quote.firstPaymentMinor),
        estimatedTotal: money(quote.estimatedTotalMinor),
        landed: cart.listings.map((l) => ({ title: l.title, titleLocale: l.titleLocale, perUnit: money(quote.landedPerUnitMinor.get(l.id) ?? 0) })),
        parcel: t("parcel", { weight: kg(quote.parcel.weightG), chargeable: kg(quote.parcel.chargeableWeightG), min: line.daysMin, max: line.daysMax }),
        chosenLineId: line.id,
        lineEstimates,
      };
    } catch (error) {
      if (error instanceof CheckoutError) return { ok: false, message: t(`problem.${error.code}`) };
      throw error;
    }
  },
});
