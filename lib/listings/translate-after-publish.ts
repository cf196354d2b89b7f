import "server-only";
// Translation after publish (SPEC 3): the missing locales of a listing just put on sale, through the
// app's translator (glossary, LibreTranslate when configured, the offline dictionary for zh -> en),
// stored as `machine`; translateListing refreshes the search row in its transaction, so an English
// search finds the listing at once. Runs after the publish transaction (a translator may be a slow
// network service); until the job queue lands it runs inline, and a translator failure never undoes
// the publish: the factory's "translate missing" button, or the next publish, tries again.
import type { Db } from "@/db/client";
import { getTranslationProvider } from "@/lib/translate/get-translation-provider";
import { TranslationError, type TranslationProvider } from "@/lib/translate/types";
import { translateListing, type TranslationReport } from "./translate-listing";

export async function translateAfterPublish(
  db: Db,
  factoryId: number,
  listingId: number,
  provider: TranslationProvider = getTranslationProvider(),
): Promise<TranslationReport | null> {
  try {
    return await translateListing(db, factoryId, listingId, provider);
  } catch (error) {
    if (!(error instanceof TranslationError)) throw error;
    console.warn(`Translation of listing ${listingId} after publish failed: ${error.message}`);
    return null;
  }
}
