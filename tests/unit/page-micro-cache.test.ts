// The page micro-cache of server.mjs in front of a real HTTP server standing in for Next: what it
// keeps (Next's own cache hits only), what it never keeps, and that a revalidation empties it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM module of the server, no types
import { createPageMicroCache } from "@/lib/http/page-micro-cache.mjs";
import { CURRENCY_COOKIE } from "@/lib/money/currency-cookie";

const g = globalThis as { __haozaoPageEpoch?: number };
let rendered: string[] = [];
let server: http.Server;
let base = "";

/** Next's stand-in: `x-nextjs-cache: HIT` unless the path says otherwise; the body names the render. */
function next(request: http.IncomingMessage, response: http.ServerResponse) {
  const url = request.url ?? "/";
  rendered.push(url);
  const body = `<html>${url} ${request.headers.cookie ?? ""} render ${rendered.length}</html>`;
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("cache-control", url.includes("short") ? "s-maxage=0" : "s-maxage=2592000, stale-while-revalidate=1");
  if (!url.includes("dynamic")) response.setHeader("x-nextjs-cache", "HIT");
  if (url.includes("session")) response.setHeader("set-cookie", "session=abc; Path=/");
  else response.setHeader("set-cookie", "NEXT_LOCALE=en; Path=/");
  if (url.includes("missing")) response.statusCode = 404;
  const unknown = /^\/en\/(zz[^/?]*)/.exec(url);
  if (unknown) {
    // The catch-all 404: its path in the RSC payload twice, and in the rewrite header.
    const q = '\\"';
    const html = `<html><p>Not found</p><script>self.__next_f.push([1,"${q}n${q}:${q}rest${q},${q}t${q}:${q}c${q},${q}k${q}:${q}${unknown[1]}${q},x:${q}c${q}:[${q}${q},${q}en${q},${q}${unknown[1]}${q}]; render ${rendered.length}"])</script></html>`;
    response.statusCode = 404;
    response.removeHeader("x-nextjs-cache");
    response.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
    response.setHeader("x-middleware-rewrite", `/en/USD/${unknown[1]}`);
    if (request.headers["accept-encoding"]?.includes("gzip")) {
      response.setHeader("content-encoding", "gzip");
      return response.end(gzipSync(html));
    }
    return response.end(html);
  }
  if (request.headers["accept-encoding"]?.includes("gzip")) {
    response.setHeader("content-encoding", "gzip");
    response.write(gzipSync(body).subarray(0, 5)); // written in two parts, as a stream would
    response.end(gzipSync(body).subarray(5));
  } else {
    response.end(body);
  }
}

beforeAll(async () => {
  const micro = createPageMicroCache({ maxBytes: 1024 * 1024, routeSegments: new Set(["c", "p", "cart", "zz-page", "[...rest]"]) });
  server = http.createServer((request, response) => micro.handle(request, response, () => next(request, response)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  rendered = [];
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(base + path, { headers });
  return { status: response.status, body: await response.text(), headers: response.headers };
};

describe("the page micro-cache", () => {
  it("answers a page Next served from its cache again without Next, headers and compressed body included", async () => {
    const first = await get("/en/c/cups", { "accept-encoding": "gzip" });
    const second = await get("/en/c/cups", { "accept-encoding": "gzip" });
    expect(rendered).toEqual(["/en/c/cups"]);
    expect(second.body).toBe(first.body);
    expect(second.body).toContain("render 1");
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect([first.headers.get("x-haozao-cache"), second.headers.get("x-haozao-cache")]).toEqual([null, "memory"]);
    expect(second.headers.get("set-cookie")).toBe("NEXT_LOCALE=en; Path=/");
    expect(second.headers.get("date")).toBeTruthy();
  });

  it("keeps one entry per currency cookie and per encoding", async () => {
    await get("/en/c/mugs", { cookie: `${CURRENCY_COOKIE}=EUR` });
    await get("/en/c/mugs", { cookie: `${CURRENCY_COOKIE}=JPY` });
    await get("/en/c/mugs", { cookie: `${CURRENCY_COOKIE}=JPY`, "accept-encoding": "gzip" });
    const eur = await get("/en/c/mugs", { cookie: `${CURRENCY_COOKIE}=EUR` });
    expect(rendered).toHaveLength(3);
    // Made-up currency values are one key with no cookie at all (the proxy routes them alike).
    await get("/en/c/mugs", { cookie: `${CURRENCY_COOKIE}=<x>` });
    await get("/en/c/mugs", { cookie: `${CURRENCY_COOKIE}=zz` });
    await get("/en/c/mugs");
    expect(rendered).toHaveLength(4);
    expect(eur.body).toContain(`${CURRENCY_COOKIE}=EUR`);
  });

  it("empties when a tag is revalidated", async () => {
    await get("/en/p/1");
    g.__haozaoPageEpoch = (g.__haozaoPageEpoch ?? 0) + 1;
    const after = await get("/en/p/1");
    expect(rendered).toEqual(["/en/p/1", "/en/p/1"]);
    expect(after.body).toContain("render 2");
  });

  it("never keeps what Next rendered per request, a refusal, another cookie, a page without s-maxage, or a client navigation", async () => {
    for (const path of ["/en/dynamic", "/en/missing", "/en/session", "/en/short"]) {
      await get(path);
      await get(path);
    }
    await get("/en/c/bags", { rsc: "1" });
    await get("/en/c/bags", { rsc: "1" });
    await get("/api/v1/listings");
    await get("/api/v1/listings");
    expect(rendered).toEqual(["/en/dynamic", "/en/dynamic", "/en/missing", "/en/missing", "/en/session", "/en/session", "/en/short", "/en/short", "/en/c/bags", "/en/c/bags", "/api/v1/listings", "/api/v1/listings"]);
  });

  it("answers an unknown path with the 404 of another, its path filled in where the path occurs", async () => {
    const first = await get("/en/zz-first", { "accept-encoding": "gzip" });
    const second = await get("/en/zz-second", { "accept-encoding": "gzip" });
    const plain = await get("/en/zz-third", { "accept-encoding": "identity" });
    const again = await get("/en/zz-second", { "accept-encoding": "gzip" });
    expect(rendered).toEqual(["/en/zz-first"]);
    expect([again.status, again.body, again.headers.get("x-haozao-cache")]).toEqual([404, second.body, "memory"]);
    expect([first.status, second.status, plain.status]).toEqual([404, 404, 404]);
    expect(second.body).toBe(first.body.replaceAll("zz-first", "zz-second"));
    expect(plain.body).toBe(first.body.replaceAll("zz-first", "zz-third"));
    expect(second.headers.get("x-middleware-rewrite")).toBe("/en/USD/zz-second");
    expect(second.headers.get("content-encoding")).toBe("gzip");
    expect(plain.headers.get("content-encoding")).toBeNull();
    // Not for a path that is not one plain segment, nor past a revalidation, nor on a hard reload.
    await get("/en/zz-a/b");
    await get("/en/zz-Upper");
    await get("/en/zz-query?x=1");
    await get("/en/zz-reload", { "cache-control": "no-cache" });
    // A segment a route starts with is a page (or its own 404): never answered from the template.
    await get("/en/zz-page");
    g.__haozaoPageEpoch = (g.__haozaoPageEpoch ?? 0) + 1;
    await get("/en/zz-after");
    expect(rendered).toEqual(["/en/zz-first", "/en/zz-a/b", "/en/zz-Upper", "/en/zz-query?x=1", "/en/zz-reload", "/en/zz-page", "/en/zz-after"]);
  });

  it("never lets made-up paths push a page out", async () => {
    const small = createPageMicroCache({ maxBytes: 16 * 1024, routeSegments: new Set(["c", "[...rest]"]) });
    const other = http.createServer((request, response) => small.handle(request, response, () => next(request, response)));
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const at = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      await fetch(`${at}/en/c/kept`).then((r) => r.text());
      await fetch(`${at}/en/zz-template`).then((r) => r.text());
      for (let i = 0; i < 300; i++) await fetch(`${at}/en/zz-made-up-${i}`).then((r) => r.text());
      rendered = [];
      const page = await fetch(`${at}/en/c/kept`);
      await page.text();
      expect(page.headers.get("x-haozao-cache")).toBe("memory");
      expect(rendered).toEqual([]);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
