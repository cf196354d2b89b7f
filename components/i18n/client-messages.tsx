// Hands more message namespaces to the client components below it than the layout does (forms,
// cart, checkout), so catalogue pages stay light.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/locales";

const BASE = ["Header", "SearchBox", "Listing", "Shipping", "Units", "Axes", "Modes", "Compare", "Freight"];

export async function ClientMessages({ locale, namespaces, children }: { locale: Locale; namespaces: string[]; children: ReactNode }) {
  const messages = await getMessages({ locale });
  const picked = Object.fromEntries([...BASE, ...namespaces].map((ns) => [ns, messages[ns as keyof typeof messages]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
