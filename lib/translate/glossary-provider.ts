// The built-in translator: no network, exact. It translates what a glossary knows — option values
// (colours, sizes), materials, attribute names and values, provinces — and numbers with units of
// measure ("500毫升" -> "500 ml"), also lists of them ("棉/涤纶"). Free text it returns as null:
// untranslated, for a person or another provider to do.
import type { Locale, Localized } from "@/i18n/locales";
import { decimalCommaLocales, euShoeSize, glossaryTerms, unitTerms, type UnitTerm } from "./glossary";
import type { TranslationProvider } from "./types";

const normalize = (text: string) => text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/** Separators of a list of terms, e.g. "红色/黑色", "棉、涤纶", "Cotton, polyester". */
const LIST_SEPARATOR = /\s*(?:[\/、,，;；+＋&]|\s和\s|\sand\s)\s*/;
/** A number, or numbers joined by x / × / * / - / ~ (sizes, ranges). */
const NUMBER_EXPRESSION = String.raw`\d+(?:[.,]\d+)?(?:\s*[x×*~\-–]\s*\d+(?:[.,]\d+)?)*`;

export function createGlossaryProvider(terms: readonly Localized[] = glossaryTerms, units: readonly UnitTerm[] = unitTerms): TranslationProvider {
  // normalized text in a locale -> the entries that write it so (usually one)
  const index = new Map<string, Map<string, Localized[]>>();
  for (const term of terms) {
    for (const [locale, text] of Object.entries(term)) {
      const byText = index.get(locale) ?? index.set(locale, new Map()).get(locale)!;
      const key = normalize(text);
      byText.set(key, [...(byText.get(key) ?? []), term]);
    }
  }
  const unitByAlias = new Map<string, UnitTerm>();
  for (const unit of units) for (const alias of [...unit.aliases, ...Object.values(unit.symbol)]) unitByAlias.set(normalize(alias), unit);
  const unitAlternation = [...unitByAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  const measure = new RegExp(`^(${NUMBER_EXPRESSION})\\s*(${unitAlternation})$`, "u");
  const shoeSize = /^(\d{2}(?:\.5)?)\s*码$/u;

  const term = (text: string, from: Locale, to: Locale): string | null => {
    const key = normalize(text);
    // The source locale's own words first; English words in a Chinese listing are common too.
    for (const locale of from === "en" ? [from] : [from, "en"]) {
      const found = index.get(locale)?.get(key);
      if (!found) continue;
      const outputs = new Set(found.map((t) => t[to]));
      return outputs.size === 1 ? [...outputs][0] : null; // ambiguous in this locale: leave it to a person
    }
    return null;
  };

  const measurement = (text: string, to: Locale): string | null => {
    const key = normalize(text);
    const shoe = shoeSize.exec(key);
    if (shoe) return euShoeSize(shoe[1])[to];
    const m = measure.exec(key);
    if (!m) return null;
    const unit = unitByAlias.get(m[2])!;
    const comma = decimalCommaLocales.includes(to);
    const number = m[1]
      .replace(/\s*[x×*]\s*/g, " × ")
      .replace(/\s*[~\-–]\s*/g, "–")
      .replace(/(\d)[.,](\d)/g, comma ? "$1,$2" : "$1.$2");
    return to === "zh" ? `${number}${unit.symbol[to]}` : `${number} ${unit.symbol[to]}`;
  };

  const one = (text: string, from: Locale, to: Locale): string | null => {
    if (!text.trim()) return text;
    const whole = term(text, from, to) ?? measurement(text, to);
    if (whole !== null) return whole;
    const parts = text.split(LIST_SEPARATOR).filter((p) => p.trim());
    if (parts.length < 2) return null;
    const translated = parts.map((p) => term(p, from, to) ?? measurement(p, to));
    if (translated.some((p) => p === null)) return null;
    return translated.join(to === "zh" || to === "ja" ? "、" : to === "ar" ? "، " : ", ");
  };

  return {
    name: "glossary",
    async translate(texts, from, to) {
      if (from === to) return [...texts];
      return texts.map((text) => one(text, from, to));
    },
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
