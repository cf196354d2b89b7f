// Said loudly on every payment page while payments run on the test provider (no Stripe keys):
// nothing is charged. In production this is also printed at start (instrumentation.ts).
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { usingTestProvider } from "@/lib/payments/provider";

export async function TestModeBanner({ locale }: { locale: Locale }) {
  if (!usingTestProvider()) return null;
  const t = await getTranslations({ locale, namespace: "ErrorPage" });
  return (
    <p role="status" className="border-y-2 border-dashed border-amber-400 bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-900" data-testid="test-mode-banner">
      {t("testMode")}
    </p>
  );
}
