// A micro-cache in front of Next, in server.mjs, for pages Next itself serves from its page cache.
//
// A cached catalogue page still costs Next a full trip through its router, the proxy (middleware),
// the cache lookup and the compression of ~150 KB of HTML: about as much as a static file, and
// roughly twice what writing the stored bytes costs. This keeps, per process, the exact response
// (headers and compressed body) of a page that Next answered from its cache (`x-nextjs-cache: HIT`,
// status 200), and answers the same request with it:
//
// - Only whole-document GETs: no RSC/prefetch/action headers, no Authorization, no conditional
//   request. The key is everything the proxy routes on (path and query string, the currency
//   cookie HZ_CURRENCY of lib/money/currency-cookie.ts, the locale cookie it may set; a path
//   without a locale is a redirect, never kept) and the Accept-Encoding the body was compressed for.
//   A signed-in buyer gets the same page as Next would give: a page cache hit is the same for all.
// - Nothing Next renders per request is ever stored: such responses carry no `x-nextjs-cache`.
// - Every revalidation empties it: the page cache handler (lib/cache) bumps `globalThis.
//   __haozaoPageEpoch` when a tag is revalidated here or, through Redis, on another process.
//   An entry also lives at most MAX_AGE_MS, and never past the page's own s-maxage.
// - Bounded in bytes (PAGE_MICRO_CACHE_MB, default 64; 0 turns it off), least recently used first.
// - The 404 of an unknown path (the catch-all route app/[locale]/[currency]/[...rest], rendered per
//   request so that unknown paths write nothing to Next's cache) differs from one path to another
//   only by the path, in two places of its RSC payload and in the rewrite header. For a path of
//   one plain segment that no route starts with (the build's route manifest says which do), the
//   first such 404 becomes a template per locale and cookies: the path is checked to occur exactly
//   there, and the next unknown path is filled in.
// - A request with `Cache-Control: no-cache` (a hard reload) always goes to Next. An answer from
//   memory says so in `X-Haozao-Cache: memory`.
import { Buffer } from "node:buffer";
import fs from "node:fs";
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";

const MAX_AGE_MS = 60_000;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const MAX_TEMPLATES = 200;
const MAX_DEAD_LINKS = 1000;
/** A path segment the 404 template may stand for: nothing that JSON or a URL would escape. */
const PLAIN_SEGMENT = /^[a-z0-9][a-z0-9-]{0,79}$/;
const SKIP_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "authorization", "if-none-match", "if-modified-since", "range"];
const DROPPED_RESPONSE_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** The page cache's revalidation count in this process (see lib/cache/shared-cache-handler.cjs). */
const epoch = () => globalThis.__haozaoPageEpoch ?? 0;

function cookieValue(header, name) {
  if (!header) return "";
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return "";
}

function decoded(body, encoding) {
  if (!encoding) return body;
  if (encoding === "gzip") return gunzipSync(body);
  if (encoding === "deflate") return inflateSync(body);
  if (encoding === "br") return brotliDecompressSync(body);
  return null;
}

/**
 * The parts of a catch-all 404 around its path, or null unless the path occurs exactly twice: as the
 * catch-all's segment key and as the last segment of the canonical URL (escaped as in the payload).
 */
function notFoundTemplate(html, locale, rest) {
  const parts = html.split(rest);
  if (parts.length !== 3) return null;
  const q = '\\"'; // a quote inside the payload's JavaScript string
  const segmentKey = parts[0].endsWith(`${q}n${q}:${q}rest${q},${q}t${q}:${q}c${q},${q}k${q}:${q}`) && parts[1].startsWith(q);
  const canonical = parts[1].endsWith(`${q}${locale}${q},${q}`) && parts[2].startsWith(`${q}]`);
  return segmentKey && canonical ? parts : null;
}

function sMaxAgeMs(cacheControl) {
  const match = /s-maxage=(\d+)/.exec(String(cacheControl ?? ""));
  return match ? Number(match[1]) * 1000 : 0;
}

/**
 * The first path segments (after /<locale>/<currency>) of the app's routes, from the build's
 * route manifest: any other first segment can only reach the catch-all 404. Null (no 404
 * templates) without a build or when a route's first segment is itself dynamic.
 */
export function routeSegmentsOf(manifestFile) {
  try {
    const routes = Object.values(JSON.parse(fs.readFileSync(manifestFile, "utf8")));
    const segments = new Set();
    for (const route of routes) {
      const parts = String(route).split("/");
      if (parts[1] !== "[locale]" || parts[2] !== "[currency]" || !parts[3]) continue;
      if (parts[3].startsWith("[") && parts[3] !== "[...rest]") return null;
      segments.add(parts[3]);
    }
    return segments.has("[...rest]") ? segments : null;
  } catch {
    return null;
  }
}

export function createPageMicroCache({ maxBytes = (Number(process.env.PAGE_MICRO_CACHE_MB ?? 64) || 0) * 1024 * 1024, routeSegments = null } = {}) {
  /** key -> { epoch, expires, headers, body } in least-recently-used order. */
  const entries = new Map();
  let bytes = 0;
  /** The catch-all 404 per locale and cookies: { epoch, expires, headers, parts, rewrite } (see notFoundTemplate). */
  const templates = new Map();
  /** Unknown paths answered from a template: key -> { epoch, expires, headers, body }, oldest first. */
  const deadLinks = new Map();

  function keyOf(request) {
    if (maxBytes <= 0 || request.method !== "GET") return null;
    const h = request.headers;
    for (const name of SKIP_HEADERS) if (h[name] !== undefined) return null;
    if (/no-cache/.test(h["cache-control"] ?? "")) return null;
    const url = request.url ?? "";
    if (!url.startsWith("/") || url.startsWith("/api/") || url.startsWith("/_next/")) return null;
    // A currency cookie that is no currency code routes as none (currencyForRequest): one key, so
    // made-up values cannot crowd the cache out.
    const currency = cookieValue(h.cookie, "HZ_CURRENCY");
    const cookies = [/^[A-Z]{3}$/.test(currency) ? currency : "", cookieValue(h.cookie, "NEXT_LOCALE")];
    const key = [url, ...cookies, h["accept-encoding"] ?? ""].join("\n");
    // /<locale>/<one plain segment>: an unknown one may be answered from the locale's 404 template.
    const match = /^\/([a-z]{2})\/([^/?#]+)$/.exec(url);
    // Only a segment no route starts with: /en/cart is a page, /en/no-such-page can only be the 404.
    const unknown = match && routeSegments && PLAIN_SEGMENT.test(match[2]) && !routeSegments.has(match[2]);
    const notFound = unknown ? { key: ["404", match[1], ...cookies].join("\n"), locale: match[1], rest: match[2] } : null;
    return { key, notFound };
  }

  function forget(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  }

  function store(key, headers, body, ttl) {
    if (ttl <= 0 || body.length > MAX_BODY_BYTES || body.length > maxBytes / 8) return;
    forget(key);
    entries.set(key, { epoch: epoch(), expires: Date.now() + ttl, headers, body });
    bytes += body.length;
    for (const [oldest] of entries) {
      if (bytes <= maxBytes) break;
      forget(oldest);
    }
  }

  /** Headers worth replaying: without the per-connection ones, and with the body's encoding as given. */
  function replayable(h) {
    const headers = {};
    for (const [name, value] of Object.entries(h)) if (!DROPPED_RESPONSE_HEADERS.has(name)) headers[name] = value;
    return headers;
  }

  function send(response, status, headers, body) {
    response.writeHead(status, { ...headers, date: new Date().toUTCString(), "content-length": body.length, "x-haozao-cache": "memory" });
    response.end(body);
  }

  /** Answers from memory, or lets `next` answer and keeps what it answered, if it may be kept. */
  return {
    handle(request, response, next) {
      const keys = keyOf(request);
      if (!keys) return next();
      const { key, notFound } = keys;
      const now = Date.now();
      const entry = entries.get(key);
      if (entry && entry.epoch === epoch() && entry.expires > now) {
        entries.delete(key); // most recently used last
        entries.set(key, entry);
        return send(response, 200, entry.headers, entry.body);
      }
      if (entry) forget(key);
      const template = notFound && templates.get(notFound.key);
      if (template && template.epoch === epoch() && template.expires > now) {
        const seen = deadLinks.get(key);
        if (seen && seen.epoch === template.epoch && seen.expires > now) return send(response, 404, seen.headers, seen.body);
        const html = Buffer.from(template.parts.join(notFound.rest));
        const gzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
        const headers = { ...template.headers, "x-middleware-rewrite": template.rewrite.join(notFound.rest) };
        if (gzip) headers["content-encoding"] = "gzip";
        const body = gzip ? gzipSync(html, { level: 1 }) : html;
        // The same unknown path again (a dead link a crawler keeps asking for) costs no compression.
        // Kept apart from the pages, a bounded number: made-up paths never push a page out.
        deadLinks.delete(key);
        if (deadLinks.size >= MAX_DEAD_LINKS) deadLinks.delete(deadLinks.keys().next().value);
        deadLinks.set(key, { epoch: template.epoch, expires: template.expires, headers, body });
        return send(response, 404, headers, body);
      }

      const before = epoch();
      const chunks = [];
      let size = 0;
      const keep = (chunk, encoding) => {
        if (size > MAX_BODY_BYTES || chunk == null || typeof chunk === "function") return;
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
        size += buffer.length;
        chunks.push(buffer);
      };
      const write = response.write;
      const end = response.end;
      response.write = function (chunk, encoding, callback) {
        keep(chunk, encoding);
        return write.call(this, chunk, encoding, callback);
      };
      response.end = function (chunk, encoding, callback) {
        keep(chunk, encoding);
        const result = end.call(this, chunk, encoding, callback);
        const h = response.getHeaders();
        const cookies = [].concat(h["set-cookie"] ?? []);
        if (size > MAX_BODY_BYTES || epoch() !== before || !cookies.every((c) => String(c).startsWith("NEXT_LOCALE="))) return result;
        if (response.statusCode === 200 && h["x-nextjs-cache"] === "HIT") {
          store(key, replayable(h), Buffer.concat(chunks), Math.min(MAX_AGE_MS, sMaxAgeMs(h["cache-control"])));
        } else if (response.statusCode === 404 && notFound && h["x-nextjs-cache"] === undefined) {
          keepNotFound(notFound, h, Buffer.concat(chunks));
        }
        return result;
      };
      return next();
    },
  };

  function keepNotFound(notFound, h, body) {
    const html = decoded(body, h["content-encoding"]);
    const rewrite = String(h["x-middleware-rewrite"] ?? "").split(notFound.rest);
    if (!html || rewrite.length !== 2 || rewrite[1] !== "") return;
    const parts = notFoundTemplate(html.toString("utf8"), notFound.locale, notFound.rest);
    if (!parts) return;
    const headers = replayable(h);
    delete headers["content-encoding"];
    delete headers["x-middleware-rewrite"];
    // One per locale and cookie values, which a visitor chooses: a bounded number.
    if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value);
    templates.set(notFound.key, { epoch: epoch(), expires: Date.now() + MAX_AGE_MS, headers, parts, rewrite });
  }
}
