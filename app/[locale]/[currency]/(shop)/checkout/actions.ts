"use server";
// The checkout's two actions: a quote for the choices made so far (recomputed on the server, shown
// before paying), and placing the order, which recomputes everything again in its transaction.
import { getFormatter, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import type { Locale } from "@/i18n/locales";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { actionLocale } from "@/lib/action-locale";
import { requestOrigin } from "@/lib/request-origin";
import { getSessionUser } from "@/lib/auth/session";
import { readCartItems } from "@/lib/cart/cart-items";
import { findCartId } from "@/lib/cart/cart-owner";
import { checkoutSchema } from "@/lib/checkout/address";
import { checkoutQuotes } from "@/lib/checkout/checkout-quote";
import type { FormState } from "@/lib/forms/form-state";
import { errorState, formError, formValues } from "@/lib/forms/parse-form";
import { currencyForRequest, CURRENCY_COOKIE } from "@/lib/money/currency-cookie";
import { formatMoney } from "@/lib/money/format";
import type { Currency } from "@/lib/money/currencies";
import { CheckoutError } from "@/lib/orders/errors";
import { placeOrder } from "@/lib/orders/place-order";
import { startPayment } from "@/lib/orders/start-payment";
import { activePaymentProvider } from "@/lib/payments/active-provider";

async function buyerCurrency(locale: Locale): Promise<Currency> {
  return currencyForRequest((await cookies()).get(CURRENCY_COOKIE)?.value, locale);
}

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

const quoteInput = z.object({
  warehouseId: z.coerce.number().int().positive(),
  shippingLineId: z.coerce.number().int().positive().optional(),
  candidateLineIds: z.array(z.number().int().positive()).max(20),
  country: z.string().regex(/^[A-Z]{2}$/),
});

export async function quoteAction(input: { warehouseId: number; shippingLineId?: number; candidateLineIds: number[]; country: string }): Promise<QuoteView> {
  const locale = await actionLocale();
  const t = await getTranslations({ locale, namespace: "Checkout" });
  const user = await getSessionUser();
  const parsed = quoteInput.safeParse(input);
  if (!user || !parsed.success) return { ok: false, message: t("problem.shippingLine") };
  const db = await getDb();
  const cartId = await findCartId(db, { userId: user.id });
  if (!cartId) return { ok: false, message: t("problem.cartEmpty") };
  const currency = await buyerCurrency(locale);
  try {
    const cart = await readCartItems(db, cartId, locale);
    const { warehouseId, country, candidateLineIds } = parsed.data;
    // One quote per line the buyer could pick (a handful), so the list can show each line's price.
    const attempts = await checkoutQuotes(db, cart, { warehouseId, shippingLineIds: candidateLineIds, country, currency });
    const lineEstimates = attempts.map((a) => ({ id: a.shippingLineId, amount: a.quote ? formatMoney(a.quote.quote.intlMinor ?? 0, currency, locale) : null }));
    const usable = attempts.filter((a) => a.quote);
    const picked = attempts.find((a) => a.shippingLineId === parsed.data.shippingLineId && a.quote) ?? usable.sort((a, b) => a.quote!.quote.intlFen! - b.quote!.quote.intlFen!)[0];
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
}

export async function placeOrderAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const user = await getSessionUser();
  if (!user) return formError("signedOut", formData, locale);
  const parsed = checkoutSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) return errorState(parsed.error.issues, formData, locale);
  const db = await getDb();
  const cartId = await findCartId(db, { userId: user.id });
  const t = await getTranslations({ locale, namespace: "Checkout" });
  if (!cartId) return { status: "error", errors: { _form: t("problem.cartEmpty") }, values: formValues(formData) };
  const { warehouseId, shippingLineId, attemptKey, ...address } = parsed.data;
  const currency = await buyerCurrency(locale);
  let target: string;
  try {
    const order = await placeOrder(db, { buyerId: user.id, cartId, locale, currency, address, warehouseId, shippingLineId, attemptKey });
    const payment = await startPayment(db, activePaymentProvider(), { buyerId: user.id, orderId: order.id, kind: "goods", locale, returnUrl: `${await requestOrigin()}/${locale}/orders/${order.number}` });
    target = payment.url;
  } catch (error) {
    if (error instanceof CheckoutError) return { status: "error", errors: { _form: t(`problem.${error.code}`) }, values: formValues(formData) };
    throw error;
  }
  redirect(target);
}
