"use server";
import { getDb } from "@/db";
import { redirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { getSessionUser } from "@/lib/auth/session";
import { completeTestPayment } from "@/lib/payments/complete-test-payment";

const OUTCOMES = ["paid", "declined", "expired"] as const;

export async function completeTestPaymentAction(formData: FormData): Promise<void> {
  const locale = await actionLocale();
  const user = await getSessionUser();
  if (!user) redirect({ href: "/sign-in", locale });
  const paymentId = Number(formData.get("paymentId"));
  const outcome = OUTCOMES.find((o) => o === formData.get("outcome"));
  if (!Number.isSafeInteger(paymentId) || !outcome) return;
  const order = await completeTestPayment(await getDb(), paymentId, user!.id, outcome);
  redirect({ href: `/orders/${order.number}`, locale });
}
