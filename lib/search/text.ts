// Text normalisation shared by indexing and querying. Pure.

/** Chinese, Japanese kana and Korean hangul: scripts written without spaces between words. */
export const CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af";
const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, "g");
const IS_CJK = new RegExp(`^[${CJK_CLASS}]+$`);

/** Arabic letters and vowel marks. */
const ARABIC_CLASS = "\u0621-\u065f\u066e-\u06d3\u06fa-\u06ff";
const IS_ARABIC = new RegExp(`^[${ARABIC_CLASS}]+$`);
export const isArabicWord = (text: string) => IS_ARABIC.test(text);

/**
 * A PostgreSQL regular expression for an Arabic word at the start of a word of the text, after the
 * particles written joined to it (و ف ب ك ل and the article ال: "الكوب", "بالكوب", "للكوب" are
 * "كوب"). Inside a word it is another word: "كوب" (cup) is in "ركوب" (riding).
 */
export function arabicWordStart(word: string): string {
  if (!isArabicWord(word)) throw new Error("arabicWordStart: Arabic letters only");
  return `(^|[^${ARABIC_CLASS}])(و|ف)?(ب|ك|ل|لل)?(ال)?${word}`;
}

export const normalize = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

export interface QueryTerm {
  text: string;
  cjk: boolean;
  /** Two-character runs of a CJK term (what the bigram index holds). */
  bigrams: string[];
  /** For a mistyped word: the vocabulary's closest words, any of which may match instead of `text`. */
  alternatives?: string[];
}

export function bigramsOf(run: string): string[] {
  const chars = [...run];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return [...out];
}

export function cjkBigrams(text: string): string[] {
  const out = new Set<string>();
  for (const run of normalize(text).match(CJK_RUN) ?? []) for (const b of bigramsOf(run)) out.add(b);
  return [...out];
}

/**
 * Splits a query into terms: on spaces and punctuation, and between a CJK run and Latin letters
 * ("iphone手机壳" -> "iphone", "手机壳"); with `segment`, a CJK run into its words ("手机壳批发" ->
 * "手机壳", "批发"). Latin/Cyrillic terms under 2 characters are dropped.
 */
export function parseQuery(raw: string, maxTerms = 6, segment?: (run: string) => string[]): QueryTerm[] {
  const text = normalize(raw).slice(0, 200);
  const pieces = text
    .split(/[\s,.;:!?()[\]{}"'“”‘’、，。；：！？（）《》【】/\\|+*&^%$#@~`<>=_-]+/u)
    .flatMap((piece) => piece.split(new RegExp(`([${CJK_CLASS}]+)`)))
    .filter(Boolean)
    .flatMap((piece) => (segment && IS_CJK.test(piece) ? segment(piece) : [piece]));
  const terms: QueryTerm[] = [];
  for (const piece of pieces) {
    const cjk = IS_CJK.test(piece);
    if (!cjk && [...piece].length < 2) continue;
    if (terms.some((t) => t.text === piece)) continue;
    terms.push({ text: piece, cjk, bigrams: cjk ? bigramsOf(piece) : [] });
    if (terms.length === maxTerms) break;
  }
  return terms;
}
