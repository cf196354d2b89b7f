import "server-only";
// Titles of a few listings in a locale, with the catalogue's fallback (the locale, else English, else
// the source text) and the language actually shown, for the portal's tables.
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listings, listingTranslations } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { pickTranslation } from "@/lib/catalog/localized";

export interface ShownTitle {
  text: string;
  locale: string;
  untranslated: boolean;
}

export async function listingTitles(db: DbOrTx, listingIds: number[], locale: Locale): Promise<Map<number, ShownTitle>> {
  const ids = [...new Set(listingIds)];
  const out = new Map<number, ShownTitle>();
  if (!ids.length) return out;
  const [rows, sources] = await Promise.all([
    db
      .select({ listingId: listingTranslations.listingId, locale: listingTranslations.locale, title: listingTranslations.title, origin: listingTranslations.origin })
      .from(listingTranslations)
      .where(inArray(listingTranslations.listingId, ids)),
    db.select({ id: listings.id, sourceLocale: listings.sourceLocale }).from(listings).where(inArray(listings.id, ids)),
  ]);
  const byListing = new Map<number, typeof rows>();
  for (const row of rows) byListing.set(row.listingId, [...(byListing.get(row.listingId) ?? []), row]);
  for (const { id, sourceLocale } of sources) {
    const picked = pickTranslation(byListing.get(id) ?? [], locale, sourceLocale);
    if (picked) out.set(id, { text: picked.value.title, locale: picked.locale, untranslated: picked.untranslated });
  }
  return out;
}
