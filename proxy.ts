// Locale routing plus the currency: every page URL `/<locale>/<path>` is rewritten to the internal
// route `/<locale>/<currency>/<path>`, the currency coming from the buyer's cookie. Pages can then be
// rendered once per (locale, currency) and cached like static pages, instead of reading a cookie on
// every request. Catalogue filters in the query string become one canonical path segment for the
// same reason (see lib/catalog/category-view.ts), and so do searches (lib/search/search-params.ts).
//
// Paths without a locale go through next-intl (Accept-Language detection and redirect); paths that
// have one are rewritten here directly: this runs on every page view, so it does as little as it can.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "./i18n/locales";
import { routing } from "./i18n/routing";
import { CURRENCY_COOKIE, currencyForRequest } from "./lib/money/currency-cookie";
import { categoryViewSegment } from "./lib/catalog/category-view";
import { imageSearchSegment, searchStateSegment } from "./lib/search/search-params";

const intl = createMiddleware(routing);

// Pages rendered per request (accounts, cart, checkout, orders, portals; not search results, which
// are cached like catalogue pages): a per-request nonce CSP
// on top of the static policy of next.config.ts. Both policies apply, so an inline script without
// the nonce is blocked (and reported) there, while cached catalogue pages keep their static policy
// and stay cached: a nonce would make every page dynamic.
const DYNAMIC_PAGES = /^(sign-in|sign-up|forgot-password|reset-password|account|cart|checkout|orders|pay|rfq|rfqs|sourcing|shipments|notifications|partner|factory|factory-onboarding|factory-invitations|agent|admin)(\/|$)/;
const DEV = process.env.NODE_ENV !== "production";

function nonceCsp(nonce: string) {
  return `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${DEV ? " 'unsafe-eval'" : ""}; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; report-uri /api/csp-report`;
}
const LOCALE_COOKIE = "NEXT_LOCALE";
const YEAR = 60 * 60 * 24 * 365;

export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const slash = pathname.indexOf("/", 1);
  const locale = slash === -1 ? pathname.slice(1) : pathname.slice(1, slash);
  if (!isLocale(locale)) return intl(request);

  const currency = currencyForRequest(request.cookies.get(CURRENCY_COOKIE)?.value, locale);
  let rest = slash === -1 ? "" : pathname.slice(slash + 1);
  const url = request.nextUrl.clone();
  // Category and factory pages take sort, filters and page from the query string.
  const listPage = /^([cf])\/([^/]+)\/?$/.exec(rest);
  if (!listPage && /^[cf]\/[^/]+\/./.test(rest)) {
    // Only this proxy names a list page's view segment: a path with more segments from outside is
    // a 404 on a page that is never cached (../[...rest]), so a visitor cannot fill the cache.
    rest = "not-found";
  }
  if (listPage) {
    rest = `${listPage[1]}/${listPage[2]}/${categoryViewSegment(searchParams)}`;
    url.search = "";
  } else if (rest === "search" || rest === "search/") {
    // Search results too: one canonical segment per search, cached like a catalogue page.
    rest = `search/${searchStateSegment(searchParams)}`;
    url.search = "";
  } else if (rest === "search/image" || rest === "search/image/") {
    rest = `search/image/${imageSearchSegment(searchParams)}`;
    url.search = "";
  }
  url.pathname = `/${locale}/${currency}${rest ? `/${rest}` : ""}`;

  const headers = new Headers(request.headers);
  headers.set("x-next-intl-locale", locale);
  let csp: string | null = null;
  if (DYNAMIC_PAGES.test(rest)) {
    csp = nonceCsp(btoa(crypto.randomUUID()));
    headers.set("content-security-policy", csp); // Next puts the nonce on its own scripts
  }
  const response = NextResponse.rewrite(url, { request: { headers } });
  if (csp) response.headers.set("content-security-policy", csp);
  // Remember the language for the next visit to `/`.
  if (request.cookies.get(LOCALE_COOKIE)?.value !== locale) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax" });
  }
  return response;
}

export const config = {
  // Everything but API routes, Next internals, photos, the health page and files with an extension.
  matcher: ["/((?!api|_next|_vercel|media|health|.*\\..*).*)"],
};
