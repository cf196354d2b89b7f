"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { redirect as localeRedirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
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
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.)/.test(host) ? "http" : "https");
  const { url } = await startPayment(await getDb(), activePaymentProvider(), {
    buyerId: user!.id, orderId, kind, locale, returnUrl: `${proto}://${host}/${locale}/orders/${encodeURIComponent(number)}`,
  });
  redirect(url);
}
