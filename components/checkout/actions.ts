"use server";
// The checkout's two actions, through the gate: a quote for the choices made so far, and placing
// the order (one cart, one order), which then sends the browser to pay.
import { redirect } from "next/navigation";
import type { QuoteView } from "@/lib/checkout/quote-checkout";
import { quoteCheckoutOp } from "@/lib/checkout/quote-checkout";
import { dataAction, formAction, type DataAction } from "@/lib/gate/next";
import { submitCheckoutOp } from "@/lib/orders/submit-checkout";

type QuoteInput = { warehouseId: number; shippingLineId?: number; candidateLineIds: number[]; country: string };
export const quoteAction: DataAction<QuoteInput, QuoteView> = dataAction(quoteCheckoutOp, { namespace: "Checkout" });

export const placeOrderAction = formAction(submitCheckoutOp, {
  namespace: "Checkout",
  onSuccess: ({ url }) => redirect(url),
});
