// Absolute URLs of public pages. Catalogue pages are cached per (locale, currency) and never read the
// request, so the origin is configuration (PUBLIC_URL, lib/public-url.ts), not the Host header.
import { publicOrigin } from "@/lib/public-url";
import { defaultLocale, locales, type Locale } from "@/i18n/locales";

export function siteOrigin(): string {
  return publicOrigin();
}

/** `/c/cups` in a locale -> `https://host/en/c/cups` (the currency is never part of a public URL). */
export function localizedUrl(locale: Locale, path: string): string {
  const clean = path === "/" ? "" : path;
  return `${siteOrigin()}/${locale}${clean}`;
}

/** hreflang alternates: the ten locales plus x-default (the English page, for every other language). */
export function languageAlternates(path: string, query?: string): Record<string, string> {
  const suffix = query ? `?${query}` : "";
  const languages: Record<string, string> = {};
  for (const locale of locales) languages[locale] = localizedUrl(locale, path) + suffix;
  languages["x-default"] = localizedUrl(defaultLocale, path) + suffix;
  return languages;
}

export const absoluteUrl = (path: string) => `${siteOrigin()}${path.startsWith("/") ? path : `/${path}`}`;
