// The translator the app uses: the glossary first (exact), then LibreTranslate when LIBRETRANSLATE_URL
// is set (every locale), then the offline dictionary translator (Chinese -> English only), so a
// listing written in Chinese is readable in English the day it is published, engine or not.
import { env } from "@/lib/env";
import { chainProviders } from "./chain-providers";
import { createGlossaryProvider } from "./glossary-provider";
import { createLibreTranslateProvider } from "./libretranslate-provider";
import { createDictionaryProvider } from "./offline/dictionary-provider";
import type { TranslationProvider } from "./types";

let dictionary: ReturnType<typeof createDictionaryProvider> | null = null;

export function getTranslationProvider(): TranslationProvider {
  const glossary = createGlossaryProvider();
  dictionary ??= createDictionaryProvider();
  if (!env.LIBRETRANSLATE_URL) return chainProviders(glossary, dictionary);
  return chainProviders(glossary, createLibreTranslateProvider({ url: env.LIBRETRANSLATE_URL, apiKey: env.LIBRETRANSLATE_API_KEY }), dictionary);
}

/** Whether free text (descriptions, messages) can be translated in every locale, or only titles zh -> en offline. */
export const fullTextTranslation = () => Boolean(env.LIBRETRANSLATE_URL);
