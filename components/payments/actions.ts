"use server";
// The test payment page's buttons (only without Stripe keys): the buyer's own pending payment.
import { redirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { submitAction } from "@/lib/gate/next";
import { completeTestPaymentOp } from "@/lib/payments/complete-test-payment";

export const completeTestPaymentAction = submitAction(completeTestPaymentOp, {
  onSuccess: async ({ orderNumber }) => redirect({ href: `/orders/${orderNumber}`, locale: await actionLocale() }),
});
