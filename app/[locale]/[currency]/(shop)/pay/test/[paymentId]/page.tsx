import { TestModeBanner } from "@/components/payments/test-mode-banner";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestDb } from "@/lib/gate/next";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { formatMoney } from "@/lib/money/format";
import { isCurrency } from "@/lib/money/currencies";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { findTestPayment } from "@/lib/payments/complete-test-payment";
import { usingTestProvider } from "@/lib/payments/provider";
import { completeTestPaymentAction } from "@/components/payments/actions";

export const dynamic = "force-dynamic";

export const generateMetadata = privatePageMetadata("TestPay", "title");

export default async function TestPaymentPage({ params }: { params: Promise<ShopParams & { paymentId: string }> }) {
  const { locale } = await shopContext(params);
  const { paymentId } = await params;
  const user = await requireUser(locale, `/pay/test/${paymentId}`);
  if (!usingTestProvider() || !/^\d{1,9}$/.test(paymentId)) notFound();
  const row = await findTestPayment(await requestDb(), Number(paymentId), user.id);
  if (!row) notFound();
  if (row.payment.status !== "pending") redirect({ href: `/orders/${row.order.number}`, locale });
  const t = await getTranslations({ locale, namespace: "TestPay" });
  const currency = isCurrency(row.payment.currency) ? row.payment.currency : "USD";
  const amount = formatMoney(row.payment.amountMinor, currency, locale);
  const button = (outcome: string, label: string, className: string) => (
    <form action={completeTestPaymentAction}>
      <input type="hidden" name="paymentId" value={row.payment.id} />
      <input type="hidden" name="outcome" value={outcome} />
      <button type="submit" className={className} data-testid={`test-pay-${outcome}`}>{label}</button>
    </form>
  );
  return (
    <>
      <TestModeBanner locale={locale} />
      <div className="container-page flex justify-center py-12">
        <div className="w-full max-w-md overflow-hidden rounded-2xl border-2 border-dashed border-amber-400 bg-white shadow-sm">
          <div className="bg-amber-100 px-6 py-3 text-center text-sm font-bold uppercase tracking-wider text-amber-900" data-testid="test-pay-banner">
            {t("banner")}
          </div>
          <div className="p-6">
            <h1 className="text-xl font-bold">{t("title")}</h1>
            <p className="mt-2 text-sm text-ink-500">{t("explain")}</p>
            <dl className="mt-5 space-y-2 rounded-xl bg-ink-50 p-4 text-sm">
              <div className="flex justify-between"><dt>{t("order")}</dt><dd className="font-mono">{row.order.number}</dd></div>
              <div className="flex justify-between"><dt>{t(row.payment.kind === "goods" ? "kindGoods" : "kindShipping")}</dt><dd className="text-lg font-bold tabular-nums" dir="ltr" data-testid="test-pay-amount">{amount}</dd></div>
            </dl>
            <div className="mt-6 space-y-2">
              {button("paid", t("pay", { amount }), "btn-primary w-full py-3")}
              <div className="grid grid-cols-2 gap-2">
                {button("declined", t("decline"), "btn-secondary w-full")}
                {button("expired", t("expire"), "btn-secondary w-full")}
              </div>
            </div>
          </div>
        </div>
      </div>
    </>
  );
}
