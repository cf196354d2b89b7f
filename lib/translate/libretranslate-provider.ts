// A LibreTranslate server (self-hosted or a paid instance): POST {q, source, target, format, api_key}
// to <url>/translate. Texts are sent in batches (q as an array); empty texts are not sent.
import type { Locale } from "@/i18n/locales";
import { TranslationError, type TranslationProvider } from "./types";

export interface LibreTranslateOptions {
  /** Base URL of the server, e.g. http://127.0.0.1:5000 (LIBRETRANSLATE_URL). */
  url: string;
  apiKey?: string;
  /** Our locale -> the server's language code where they differ (some servers call Chinese "zh-Hans"). */
  languageCodes?: Partial<Record<Locale, string>>;
  /** Texts per request. */
  batchSize?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function createLibreTranslateProvider(options: LibreTranslateOptions): TranslationProvider {
  const endpoint = `${options.url.replace(/\/+$/, "")}/translate`;
  const code = (locale: Locale) => options.languageCodes?.[locale] ?? locale;
  const batchSize = options.batchSize ?? 50;
  const doFetch = options.fetch ?? fetch;

  async function request(q: string[], from: Locale, to: Locale): Promise<(string | null)[]> {
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ q, source: code(from), target: code(to), format: "text", ...(options.apiKey ? { api_key: options.apiKey } : {}) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
      });
    } catch (error) {
      throw new TranslationError(`LibreTranslate at ${endpoint} could not be reached: ${(error as Error).message}`, { cause: error });
    }
    const body = (await response.json().catch(() => null)) as { translatedText?: unknown; error?: unknown } | null;
    // 400: this pair of languages or this text the server will not translate; the texts stay untranslated.
    if (response.status === 400) return q.map(() => null);
    if (!response.ok) {
      throw new TranslationError(`LibreTranslate answered ${response.status}${body?.error ? `: ${String(body.error)}` : ""}`);
    }
    const translated = body?.translatedText;
    const list = Array.isArray(translated) ? translated : typeof translated === "string" && q.length === 1 ? [translated] : null;
    if (!list || list.length !== q.length) throw new TranslationError("LibreTranslate answered without one translation per text");
    return list.map((t) => (typeof t === "string" && t.trim() ? t : null));
  }

  return {
    name: "libretranslate",
    async translate(texts, from, to) {
      if (from === to) return [...texts];
      const results: (string | null)[] = texts.map((t) => (t.trim() ? null : t));
      const pending = texts.flatMap((t, i) => (t.trim() ? [i] : []));
      for (let start = 0; start < pending.length; start += batchSize) {
        const indexes = pending.slice(start, start + batchSize);
        const answers = await request(indexes.map((i) => texts[i]), from, to);
        indexes.forEach((textIndex, k) => (results[textIndex] = answers[k]));
      }
      return results;
    },
  };
}
