import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLibreTranslateProvider } from "@/lib/translate/libretranslate-provider";
import { TranslationError } from "@/lib/translate/types";

interface Recorded {
  method: string;
  url: string;
  contentType: string | undefined;
  body: { q: string[]; source: string; target: string; format: string; api_key?: string };
}

/** A stand-in LibreTranslate: records each request, answers "[target] text", or what `answer` says. */
let requests: Recorded[] = [];
let answer: ((body: Recorded["body"]) => { status: number; json: unknown }) | null = null;
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const body = JSON.parse(raw);
      requests.push({ method: req.method!, url: req.url!, contentType: req.headers["content-type"], body });
      const { status, json } = answer?.(body) ?? {
        status: 200,
        json: { translatedText: body.q.map((t: string) => `[${body.target}] ${t}`) },
      };
      res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests = [];
  answer = null;
});

describe("LibreTranslate provider", () => {
  it("posts the texts with source, target and format text to /translate", async () => {
    const provider = createLibreTranslateProvider({ url, apiKey: "secret-key" });
    expect(await provider.translate(["新款手机壳", "防摔"], "zh", "en")).toEqual(["[en] 新款手机壳", "[en] 防摔"]);
    expect(requests).toEqual([
      {
        method: "POST",
        url: "/translate",
        contentType: "application/json",
        body: { q: ["新款手机壳", "防摔"], source: "zh", target: "en", format: "text", api_key: "secret-key" },
      },
    ]);
  });

  it("sends no api key when none is set, maps language codes, and skips empty texts", async () => {
    const provider = createLibreTranslateProvider({ url, languageCodes: { zh: "zh-Hans" } });
    expect(await provider.translate(["", "你好", "  "], "zh", "fr")).toEqual(["", "[fr] 你好", "  "]);
    expect(requests).toHaveLength(1);
    expect(requests[0].body).toEqual({ q: ["你好"], source: "zh-Hans", target: "fr", format: "text" });
  });

  it("sends large lists in batches", async () => {
    const provider = createLibreTranslateProvider({ url, batchSize: 2 });
    const texts = ["一", "二", "三", "四", "五"];
    expect(await provider.translate(texts, "zh", "ru")).toEqual(texts.map((t) => `[ru] ${t}`));
    expect(requests.map((r) => r.body.q)).toEqual([["一", "二"], ["三", "四"], ["五"]]);
  });

  it("leaves texts untranslated when the server refuses the language pair", async () => {
    answer = () => ({ status: 400, json: { error: "mn is not supported" } });
    const provider = createLibreTranslateProvider({ url });
    expect(await provider.translate(["你好"], "zh", "mn")).toEqual([null]);
  });

  it("fails with a TranslationError when the server is down, refuses the key, or answers nonsense", async () => {
    answer = () => ({ status: 403, json: { error: "Invalid API key" } });
    await expect(createLibreTranslateProvider({ url }).translate(["你好"], "zh", "en")).rejects.toThrow(
      new TranslationError("LibreTranslate answered 403: Invalid API key"),
    );
    answer = () => ({ status: 200, json: { translatedText: ["only one"] } });
    await expect(createLibreTranslateProvider({ url }).translate(["一", "二"], "zh", "en")).rejects.toThrow(TranslationError);
    await expect(createLibreTranslateProvider({ url: "http://127.0.0.1:1" }).translate(["你好"], "zh", "en")).rejects.toThrow(
      /could not be reached/,
    );
  });
});
