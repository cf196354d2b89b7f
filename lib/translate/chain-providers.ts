// Several translators in order: each one gets only the texts the ones before it left untranslated
// (the glossary first: exact and free; a machine translator for the free text).
import type { TranslationProvider } from "./types";

export function chainProviders(...providers: TranslationProvider[]): TranslationProvider {
  return {
    name: providers.map((p) => p.name).join("+"),
    async translate(texts, from, to) {
      const results: (string | null)[] = texts.map(() => null);
      let pending = texts.map((_, i) => i);
      for (const provider of providers) {
        if (pending.length === 0) break;
        const answers = await provider.translate(pending.map((i) => texts[i]), from, to);
        pending.forEach((textIndex, k) => (results[textIndex] = answers[k] ?? null));
        pending = pending.filter((i) => results[i] === null);
      }
      return results;
    },
  };
}
