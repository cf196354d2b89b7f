"use client";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { locales, localeNames, type Locale } from "@/i18n/locales";
import { usePathname, useRouter } from "@/i18n/navigation";

/** Switches the language and stays on the same page (query string included). */
export function LocaleSwitcher() {
  const t = useTranslations("Header");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  return (
    <label className="relative flex items-center">
      <span className="sr-only">{t("language")}</span>
      {/* On a phone: the globe and the language's code; the select lies invisibly over them. */}
      <span aria-hidden className="pointer-events-none flex h-9 items-center gap-1 rounded-lg border border-ink-100 bg-white px-2 text-xs font-semibold uppercase text-ink-700 sm:hidden">
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
        </svg>
        {locale}
      </span>
      <span aria-hidden className="pointer-events-none absolute start-2.5 hidden text-ink-500 sm:block">
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
        </svg>
      </span>
      <select
        data-testid="locale-switcher"
        className="h-9 appearance-none rounded-lg border border-ink-100 bg-white ps-8 pe-3 text-sm text-ink-700 hover:border-ink-300 disabled:opacity-60 max-sm:absolute max-sm:inset-0 max-sm:w-full max-sm:opacity-0"
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value as Locale;
          const query = Object.fromEntries(new URLSearchParams(window.location.search));
          startTransition(() => router.replace({ pathname, query }, { locale: next }));
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
