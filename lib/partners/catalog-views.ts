// Catalogue rows as the partner API shows them: amounts converted from CNY fen into the requested
// currency (half-up, once per amount), photo URLs absolute to this site's /media route, and each
// text's translation origin stated (never a silent fallback).
import type { ListingCard } from "@/lib/catalog/listing-cards";
import type { Origin } from "@/lib/catalog/localized";
import { convertFromCny, type Rate } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";

export const money = (fen: number, rate: Rate) => ({ amountMinor: convertFromCny(fen, rate.ratePerCny, rate.currency as Currency), currency: rate.currency as Currency });

export const mediaUrl = (origin: string, key: string) => `${origin}/media/${key}`;

export function translated(text: string, textLocale: string, origin: Origin, untranslated: boolean) {
  return untranslated
    ? { text: null, locale: textLocale, origin: "missing" as const, fallback: { text, locale: textLocale, origin } }
    : { text, locale: textLocale, origin, fallback: null };
}

export function listingSummary(card: ListingCard, rate: Rate, origin: string) {
  return {
    id: card.id,
    title: card.title,
    titleLocale: card.titleLocale,
    titleOrigin: card.untranslated ? ("missing" as const) : card.titleOrigin,
    photoUrl: card.photoKey ? mediaUrl(origin, card.photoKey) : null,
    priceFrom: money(card.priceMinFen, rate),
    moq: card.moq,
    unit: card.unit,
    soldCount: card.soldCount,
    factory: { id: card.factoryId, name: card.factoryName, province: card.province, verified: card.verified },
    tags: card.tags,
    inStock: card.inStock,
  };
}

/** Opaque page cursors: the next page number. */
export const encodeCursor = (page: number) => Buffer.from(`p${page}`).toString("base64url");
export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 1;
  const match = /^p(\d{1,6})$/.exec(Buffer.from(cursor, "base64url").toString());
  return match ? Math.max(1, Number(match[1])) : 1;
}
