// The translator the app uses: the glossary, then LibreTranslate when LIBRETRANSLATE_URL is set.
import { env } from "@/lib/env";
import { chainProviders } from "./chain-providers";
import { createGlossaryProvider } from "./glossary-provider";
import { createLibreTranslateProvider } from "./libretranslate-provider";
import type { TranslationProvider } from "./types";

export function getTranslationProvider(): TranslationProvider {
  const glossary = createGlossaryProvider();
  if (!env.LIBRETRANSLATE_URL) return glossary;
  return chainProviders(glossary, createLibreTranslateProvider({ url: env.LIBRETRANSLATE_URL, apiKey: env.LIBRETRANSLATE_API_KEY }));
}
