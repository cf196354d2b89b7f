"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { currencies, type Currency } from "@/lib/money/currencies";
import { CURRENCY_COOKIE } from "@/lib/money/currency-cookie";

/** Remembers the buyer's currency in a cookie; the proxy then serves every page in it. */
export function CurrencySwitcher({ currency }: { currency: Currency }) {
  const t = useTranslations("Header");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center">
      <span className="sr-only">{t("currency")}</span>
      <select
        data-testid="currency-switcher"
        className="h-9 appearance-none rounded-lg border border-ink-100 bg-white px-3 text-sm font-medium text-ink-700 hover:border-ink-300 disabled:opacity-60"
        value={currency}
        disabled={pending}
        onChange={(event) => {
          const secure = window.location.protocol === "https:" ? "; secure" : "";
          document.cookie = `${CURRENCY_COOKIE}=${event.target.value}; path=/; max-age=31536000; samesite=lax${secure}`;
          startTransition(() => router.refresh());
        }}
      >
        {currencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}
