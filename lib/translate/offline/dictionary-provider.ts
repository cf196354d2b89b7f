// The offline Chinese -> English translator (SPEC 3: readable the day a listing goes live): word
// segmentation (jieba), then per word our glossary (lib/translate/glossary*.ts) before CC-CEDICT,
// numbers with units through the glossary's unit table. Honest about what it is: a word-by-word
// gloss for titles, option values and attributes, marked `machine`; a text whose Chinese it cannot
// mostly cover is left untranslated (null). Other language pairs: null (no offline engine exists).
import type { Locale } from "@/i18n/locales";
import { createGlossaryProvider } from "../glossary-provider";
import { titleTermsZhEn } from "../glossary-titles";
import type { TranslationProvider } from "../types";
import { cedictGlosses } from "./cedict";
import { segmenter } from "./segmenter";

const HAN = /[\u3400-\u9fff]/;
const HAN_ALL = /[\u3400-\u9fff]/g;
const PUNCTUATION: Record<string, string> = { "，": ",", "、": ",", "。": ".", "；": ";", "：": ":", "（": "(", "）": ")", "【": "[", "】": "]", "！": "!", "？": "?", "—": "-", "～": "~", "/": "/" };
/** Counted packs: "10个装" -> "pack of 10". */
const PACK = /^(\d+)(?:个|件|只|支|片|条|双|套|包|瓶|盒)装$/u;
/** Sentences (a description, a message) are free text a word-by-word gloss would garble: left alone. */
const SENTENCE = /[。！？!?]|[\u3400-\u9fff][.;；]/u;
const MAX_HAN = 60;
/** Share of a text's Chinese characters that must be translated for the result to be kept. */
const MIN_COVERAGE = 0.8;

export interface DictionaryTranslation {
  text: string;
  /** Chinese characters translated / all Chinese characters. */
  coverage: number;
}

export function createDictionaryProvider(): TranslationProvider & { translateOne(text: string): Promise<DictionaryTranslation> } {
  const glossary = createGlossaryProvider();

  /** One word: our glossaries, then the dictionary, then its longest known parts. */
  const word = async (token: string): Promise<{ text: string; covered: number } | null> => {
    const title = titleTermsZhEn[token];
    if (title) return { text: title, covered: token.length };
    const [fromGlossary] = await glossary.translate([token], "zh", "en");
    if (fromGlossary) return { text: fromGlossary.toLowerCase() === fromGlossary ? fromGlossary : lowerCommon(fromGlossary), covered: token.length };
    const dictionary = cedictGlosses();
    const direct = dictionary.get(token);
    // A colour word: 天蓝色 is 天蓝 "sky blue" + 色 "colour", which English leaves out.
    if (token.length > 1 && token.endsWith("色")) {
      const stem = await word(token.slice(0, -1));
      if (stem && stem.covered === token.length - 1) return { text: stem.text, covered: token.length };
    }
    if (direct) return { text: direct, covered: token.length };
    // Longest known prefixes, left to right.
    const parts: string[] = [];
    let covered = 0;
    for (let i = 0; i < token.length; ) {
      let j = token.length;
      while (j > i && !titleTermsZhEn[token.slice(i, j)] && !dictionary.get(token.slice(i, j))) j--;
      if (j === i) {
        i++;
        continue;
      }
      const piece = token.slice(i, j);
      parts.push(titleTermsZhEn[piece] ?? dictionary.get(piece)!);
      covered += j - i;
      i = j;
    }
    return parts.length ? { text: parts.join(" "), covered } : null;
  };

  const translateOne = async (text: string): Promise<DictionaryTranslation> => {
    const [whole] = await glossary.translate([text], "zh", "en");
    if (whole) return { text: whole, coverage: 1 };
    const tokens = segmenter().cut(text.normalize("NFKC"), true);
    const out: string[] = [];
    let covered = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token.trim()) continue;
      const pack = PACK.exec(token + (tokens[i + 1] === "装" ? "装" : ""));
      if (pack && /^\d+$/.test(token) === false) {
        out.push(`pack of ${pack[1]}`);
        covered += token.replace(/\d/g, "").length;
        continue;
      }
      // A number and its unit, as jieba splits them: "500" "毫升" -> "500 ml".
      if (/^\d+(?:\.\d+)?$/.test(token) && tokens[i + 1] && HAN.test(tokens[i + 1])) {
        const next = tokens[i + 1];
        const packed = PACK.exec(token + next + (tokens[i + 2] === "装" ? "装" : ""));
        if (packed) {
          out.push(`pack of ${token}`);
          covered += next.length + (tokens[i + 2] === "装" ? 1 : 0);
          i += tokens[i + 2] === "装" ? 2 : 1;
          continue;
        }
        const [measure] = await glossary.translate([token + next], "zh", "en");
        if (measure) {
          out.push(measure);
          covered += next.length;
          i++;
          continue;
        }
      }
      if (!HAN.test(token)) {
        out.push(PUNCTUATION[token] ?? token);
        continue;
      }
      const translated = await word(token);
      if (translated) {
        out.push(translated.text);
        covered += translated.covered;
      }
    }
    const han = (text.match(HAN_ALL) ?? []).length;
    return { text: tidy(out), coverage: han ? covered / han : 1 };
  };

  return {
    name: "dictionary",
    translateOne,
    async translate(texts, from: Locale, to: Locale) {
      if (from === to) return [...texts];
      if (from !== "zh" || to !== "en") return texts.map(() => null);
      const results: (string | null)[] = [];
      for (const text of texts) {
        if (!text.trim()) {
          results.push(text);
          continue;
        }
        if (SENTENCE.test(text) || (text.match(HAN_ALL) ?? []).length > MAX_HAN) {
          results.push(null);
          continue;
        }
        const { text: english, coverage } = await translateOne(text);
        results.push(coverage >= MIN_COVERAGE && english ? english : null);
      }
      return results;
    },
  };
}

/** Glossary labels are capitalised as labels ("Stainless steel"); inside a title, common words are not. */
const lowerCommon = (text: string) => (/^[A-Z][a-z]/.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

/** Words joined by spaces, punctuation attached, repeated words once, the first letter capitalised. */
function tidy(parts: string[]): string {
  const words: string[] = [];
  for (const part of parts) {
    if (words.length && words.at(-1)!.toLowerCase() === part.toLowerCase()) continue;
    words.push(part);
  }
  const text = words
    .join(" ")
    .replace(/\s+([,.;:!?)\]])/g, "$1")
    .replace(/([(\[])\s+/g, "$1")
    .replace(/,(?=\S)/g, ", ")
    .replace(/\s+/g, " ")
    .trim();
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}
