import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/locales";
import { cachedRates } from "@/lib/catalog/cached";
import { isCurrency, type Currency } from "@/lib/money/currencies";
import type { Rate } from "@/lib/money/convert";

export interface ShopParams {
  locale: string;
  currency: string;
}

export interface ShopContext {
  locale: Locale;
  currency: Currency;
  rate: Rate;
}

/** Validates the locale and currency segments, enables static rendering, loads the rate. */
export async function shopContext(params: Promise<ShopParams>): Promise<ShopContext> {
  const { locale, currency } = await params;
  if (!isLocale(locale) || !isCurrency(currency)) notFound();
  setRequestLocale(locale);
  const rates = await cachedRates();
  return { locale, currency, rate: rates[currency] };
}
