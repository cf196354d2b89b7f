"use server";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { redirect as localeRedirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { requestOrigin } from "@/lib/request-origin";
import { getSessionUser } from "@/lib/auth/session";
import { startPayment } from "@/lib/orders/start-payment";
import { activePaymentProvider } from "@/lib/payments/active-provider";

/** Pay an order's goods (again, after a failed attempt is impossible: the order is cancelled) or its shipping. */
export async function payOrderAction(formData: FormData): Promise<void> {
  const locale = await actionLocale();
  const user = await getSessionUser();
  if (!user) localeRedirect({ href: "/sign-in", locale });
  const orderId = Number(formData.get("orderId"));
  const kind = formData.get("kind") === "shipping" ? "shipping" : "goods";
  const number = String(formData.get("number") ?? "");
  const { url } = await startPayment(await getDb(), activePaymentProvider(), {
    buyerId: user!.id, orderId, kind, locale, returnUrl: `${await requestOrigin()}/${locale}/orders/${encodeURIComponent(number)}`,
  });
  redirect(url);
}
