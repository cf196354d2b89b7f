// Recognises a pasted product link: one of our own listing pages (any locale, any host, so links
// from staging or a mirror work too) or a 1688 offer in its desktop, mobile and QR forms.
// A link inside other text (as share buttons copy it: a title, the link, a call to action) counts
// when it has its scheme: the first link we know wins, else the text is an unknown link.
// Pure: safe for the browser (the search box can tell at once that a paste is a link).
import { isLocale } from "@/i18n/locales";

export type ProductLink =
  | { kind: "listing"; listingId: number }
  | { kind: "1688"; offerId: string }
  | { kind: "unknown-url" };

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A host name with a dot (or localhost), an optional port, then the end or a path, query or hash. */
const BARE_HOST = /^(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:[/?#]|$)/i;
const LISTING_PATH = /^\/([a-z]{2})\/p\/(\d{1,9})\/?$/;
const OFFER_PATH = /^\/offer\/(\d{1,20})\.html$/i;
const OFFER_ID = /^\d{1,20}$/;

/** An http(s) URL inside text: ASCII URL characters only, so a Chinese word right after it ends it. */
const EMBEDDED_URL = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/gi;
/** Punctuation a sentence puts after a link, not part of it. */
const TRAILING = /[.,;:!?'\])]+$/;

/** What a pasted text links to, or null when it holds no URL at all. */
export function parseProductLink(input: string): ProductLink | null {
  const text = input.trim();
  if (!text) return null;
  if (!/\s/.test(text)) {
    const whole = parseOneLink(text);
    if (whole) return whole;
  }
  return linkInText(text);
}

function linkInText(text: string): ProductLink | null {
  let found: ProductLink | null = null;
  for (const match of text.matchAll(EMBEDDED_URL)) {
    const candidate = match[0].replace(TRAILING, "");
    // The host must look like one (a dot, localhost or an address): "http://exa mple" is not a link.
    const host = /^https?:\/\/([^/?#]+)/i.exec(candidate)?.[1] ?? "";
    if (!BARE_HOST.test(host)) continue;
    const link = parseOneLink(candidate);
    if (!link) continue;
    if (link.kind !== "unknown-url") return link;
    found ??= link;
  }
  return found;
}

function parseOneLink(text: string): ProductLink | null {
  const withScheme = SCHEME.test(text) ? text : BARE_HOST.test(text) ? `https://${text}` : null;
  if (!withScheme) return null;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "unknown-url" };
  const host = url.hostname.toLowerCase();

  if (host === "1688.com" || host.endsWith(".1688.com")) {
    const offer = OFFER_PATH.exec(url.pathname);
    if (offer) return { kind: "1688", offerId: offer[1] };
    for (const [key, value] of url.searchParams) {
      if (key.toLowerCase() === "offerid" && OFFER_ID.test(value)) return { kind: "1688", offerId: value };
    }
    return { kind: "unknown-url" };
  }

  const listing = LISTING_PATH.exec(url.pathname);
  if (listing && isLocale(listing[1])) {
    const listingId = Number(listing[2]);
    if (listingId > 0) return { kind: "listing", listingId };
  }
  return { kind: "unknown-url" };
}
