// Locale routing (next-intl) plus the currency: every page URL `/<locale>/<path>` is rewritten to the
// internal route `/<locale>/<currency>/<path>`, the currency coming from the buyer's cookie. Pages can
// then be rendered once per (locale, currency) and cached like static pages, instead of reading a
// cookie on every request. Catalogue filters in the query string become one canonical path segment
// for the same reason (see lib/catalog/category-view.ts).
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "./i18n/locales";
import { routing } from "./i18n/routing";
import { CURRENCY_COOKIE, currencyForRequest } from "./lib/money/currency-cookie";
import { categoryViewSegment } from "./lib/catalog/category-view";

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const response = intl(request);
  if (response.headers.has("location")) return response;

  const { pathname, searchParams } = request.nextUrl;
  const [, locale, ...rest] = pathname.split("/");
  if (!isLocale(locale)) return response;

  const currency = currencyForRequest(request.cookies.get(CURRENCY_COOKIE)?.value, locale);
  let internalRest = rest.join("/");
  const category = /^c\/([^/]+)$/.exec(internalRest);
  if (category) internalRest = `c/${category[1]}/${categoryViewSegment(searchParams)}`;

  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/${currency}${internalRest ? `/${internalRest}` : ""}`;
  if (category) url.search = "";

  const headers = new Headers(request.headers);
  headers.set("x-next-intl-locale", locale);
  const rewritten = NextResponse.rewrite(url, { request: { headers } });
  for (const cookie of response.headers.getSetCookie()) rewritten.headers.append("set-cookie", cookie);
  const link = response.headers.get("link");
  if (link) rewritten.headers.set("link", link);
  return rewritten;
}

export const config = {
  // Everything but API routes, Next internals, photos and files with an extension.
  matcher: ["/((?!api|_next|_vercel|media|health|.*\\..*).*)"],
};
