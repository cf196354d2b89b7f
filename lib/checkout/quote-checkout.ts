import "server-only";
// The checkout's live quote for the choices made so far: every amount recomputed on the server
// from the buyer's own cart, formatted for the page's locale and the buyer's currency.
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { readCartItems } from "@/lib/cart/cart-items";
import { findCartId } from "@/lib/cart/cart-owner";
import { access, defineOperation, zId } from "@/lib/gate";
import { currencyForRequest, CURRENCY_COOKIE } from "@/lib/money/currency-cookie";
import { convertFromCny } from "@/lib/money/convert";
import { formatMoney } from "@/lib/money/format";
import { CheckoutError } from "@/lib/orders/errors";
import { checkoutQuotes, type CheckoutQuote } from "./checkout-quote";
import type { Quote } from "./quote";

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
  /** Each line of the warehouse's agent: its estimate, or null with the reason it cannot carry the goods. */
  lineEstimates?: { id: number; amount: string | null; reason?: string; served: boolean; pricing?: string }[];
  /** No line of the agent can carry the goods: what the buyer can do instead. */
  noUsableLine?: { askListingId: number | null };
}

type T = Awaited<ReturnType<typeof getTranslations<"Checkout">>>;
type TF = Awaited<ReturnType<typeof getTranslations<"Freight">>>;

/** A refusal in the buyer's words: the freight problems live in the Freight namespace. */
function problemMessage(t: T, tf: TF, error: CheckoutError): string {
  if (error.code === "lineTooLarge" || error.code === "lineNotServed") return tf(`problem.${error.code}`);
  return t(`problem.${error.code}`);
}

/** How a line prices a shipment; `min` is its minimum charge, formatted. */
function pricingNote(tf: TF, line: CheckoutQuote["line"], min: string): string {
  if (line.pricing === "parcel" || line.pricing === "container") return tf(`pricing.${line.pricing}`);
  return tf(`pricing.${line.pricing}`, { min });
}

/** The estimated shipment as the line charges it: chargeable weight, freight tons W/M, or containers. */
function shipmentNote(tf: TF, parcel: Quote["parcel"], line: CheckoutQuote["line"], number: (n: number) => string): string {
  const base = { weight: number(parcel.weightG / 1000), volume: number(parcel.volumeL / 1000), min: line.daysMin, max: line.daysMax };
  if (parcel.freightTonsMilli != null) return tf("shipment.lcl", { ...base, tons: number(parcel.freightTonsMilli / 1000) });
  if (parcel.containers) {
    const parts = [
      parcel.containers.c40 ? tf("c40", { count: parcel.containers.c40 }) : null,
      parcel.containers.c20 ? tf("c20", { count: parcel.containers.c20 }) : null,
    ].filter(Boolean);
    return tf("shipment.container", { ...base, containers: parts.join(" + ") });
  }
  return tf("shipment.weight", { ...base, chargeable: number(parcel.chargeableWeightG / 1000) });
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
    candidateLineIds: z.array(zId).max(60),
    country: z.string().regex(/^[A-Z]{2}$/),
  }),
  run: async ({ db, caller, locale, headers }, input): Promise<QuoteView> => {
    const t = await getTranslations({ locale, namespace: "Checkout" });
    const tf = await getTranslations({ locale, namespace: "Freight" });
    const cartId = await findCartId(db, { userId: caller.user.id });
    if (!cartId) return { ok: false, message: t("problem.cartEmpty") };
    const currency = currencyForRequest(cookieValue(headers, CURRENCY_COOKIE), locale);
    try {
      const cart = await readCartItems(db, cartId, locale);
      const { warehouseId, country, candidateLineIds } = input;
      // One quote per line the buyer could pick (a handful), so the list can show each line's price.
      const attempts = await checkoutQuotes(db, cart, { warehouseId, shippingLineIds: candidateLineIds, country, currency });
      const money = (minor: number) => formatMoney(minor, currency, locale);
      const format = await getFormatter({ locale });
      const number = (n: number) => format.number(n, { maximumFractionDigits: 2 });
      const countryName = new Intl.DisplayNames([locale], { type: "region" }).of(country) ?? country;
      const lineEstimates = attempts.map((a) => {
        const served = a.problem?.code !== "lineNotServed";
        if (a.quote) return { id: a.shippingLineId, amount: money(a.quote.quote.intlMinor ?? 0), served, pricing: pricingNote(tf, a.quote.line, money(convertFromCny(a.quote.line.minChargeFen, a.quote.rate.ratePerCny, currency))) };
        const d = a.problem?.detail as { maxWeightG?: number; maxVolumeL?: number | null } | undefined;
        const reason =
          a.problem?.code === "lineNotServed" ? tf("refusal.notServed", { country: countryName })
          : a.problem?.code === "lineTooLarge"
            ? d?.maxVolumeL != null
              ? tf("refusal.tooLarge", { max: number(d.maxVolumeL / 1000) })
              : tf("refusal.tooBulky", { max: number((d?.maxWeightG ?? 0) / 1000) }) // a parcel line: its volume weight is over the maximum
          : a.problem?.code === "lineTooHeavy" ? tf("refusal.tooHeavy", { max: number((d?.maxWeightG ?? 0) / 1000) })
          : t("problem.shippingLine");
        return { id: a.shippingLineId, amount: null, reason, served };
      });
      const usable = attempts.filter((a) => a.quote);
      const picked = attempts.find((a) => a.shippingLineId === input.shippingLineId && a.quote) ?? usable.sort((a, b) => a.quote!.quote.intlFen! - b.quote!.quote.intlFen!)[0];
      if (!picked?.quote) {
        // Nothing of this agent carries the goods: say why and what to do (split, another agent, ask for a quote).
        const biggest = [...cart.items].sort((a, b) => b.quantity - a.quantity)[0];
        return { ok: false, message: tf("noUsable.title"), lineEstimates, noUsableLine: { askListingId: biggest?.listingId ?? null } };
      }
      const { quote, line } = picked.quote;
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
        parcel: shipmentNote(tf, quote.parcel, line, number),
        chosenLineId: line.id,
        lineEstimates,
      };
    } catch (error) {
      if (error instanceof CheckoutError) return { ok: false, message: problemMessage(t, tf, error) };
      throw error;
    }
  },
});
