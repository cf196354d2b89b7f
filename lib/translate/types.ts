// A machine translator of short texts. Each result is the translation of the text at the same index,
// or null when the provider cannot translate it: the text stays untranslated and is flagged.
import type { Locale } from "@/i18n/locales";

export interface TranslationProvider {
  /** For logs and the translation report, e.g. "glossary" or "libretranslate". */
  readonly name: string;
  translate(texts: readonly string[], from: Locale, to: Locale): Promise<(string | null)[]>;
}

/** The provider could not be reached or failed (not: could not translate one text). Worth retrying later. */
export class TranslationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TranslationError";
  }
}
