// The metadata every public page (home, category, listing, factory) carries: canonical URL without
// the currency, hreflang alternates for the ten locales + x-default, robots, OpenGraph and Twitter.
import type { Metadata } from "next";
import { locales, type Locale } from "@/i18n/locales";
import { absoluteUrl, languageAlternates, localizedUrl } from "./site-url";

/** OpenGraph locale tags (language_TERRITORY). */
const ogLocale: Record<Locale, string> = {
  en: "en_US",
  zh: "zh_CN",
  mn: "mn_MN",
  ru: "ru_RU",
  ja: "ja_JP",
  ko: "ko_KR",
  es: "es_ES",
  fr: "fr_FR",
  ar: "ar_AR",
  vi: "vi_VN",
};

export interface PublicPage {
  locale: Locale;
  /** The path after the locale: "/", "/c/cups", "/p/12", "/f/3". */
  path: string;
  title: string;
  description: string;
  /** Query string kept in the canonical URL (e.g. "page=2"); filters and sorts are left out. */
  canonicalQuery?: string;
  /** A preview image (path on this site), 1200 x 630. */
  image?: { path: string; alt: string };
  type?: "website" | "article";
  siteName: string;
}

export function publicPageMetadata(page: PublicPage): Metadata {
  const canonical = localizedUrl(page.locale, page.path) + (page.canonicalQuery ? `?${page.canonicalQuery}` : "");
  const images = page.image
    ? [{ url: absoluteUrl(page.image.path), width: 1200, height: 630, alt: page.image.alt }]
    : [{ url: absoluteUrl("/og-default.png"), width: 1200, height: 630, alt: page.siteName }];
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical, languages: languageAlternates(page.path, page.canonicalQuery) },
    robots: { index: true, follow: true },
    openGraph: {
      type: page.type ?? "website",
      url: canonical,
      siteName: page.siteName,
      title: page.title,
      description: page.description,
      locale: ogLocale[page.locale],
      alternateLocale: locales.filter((l) => l !== page.locale).map((l) => ogLocale[l]),
      images,
    },
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      images: images.map((i) => ({ url: i.url, alt: i.alt })),
    },
  };
}

/** A description cut at a word boundary near `max` characters. */
export function shortDescription(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
