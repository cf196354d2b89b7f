"use server";
// The order pages' actions through the gate: the buyer pays an order of their own; the agent
// weighs a parcel of an order at its own warehouse and requests the shipping payment.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, submitAction } from "@/lib/gate/next";
import { payOrderOp } from "@/lib/orders/pay-order";
import { requestShippingPaymentOp } from "@/lib/orders/request-shipping-payment";

export const payOrderAction = submitAction(payOrderOp, { namespace: "Checkout", onSuccess: ({ url }) => redirect(url) });

export const requestShippingPaymentAction = formAction(requestShippingPaymentOp, {
  notFound: "invalid",
  onSuccess: () => {
    revalidatePath("/[locale]/[currency]/agent/orders", "page");
  },
});
