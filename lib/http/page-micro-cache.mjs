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
import { Buffer } from "node:buffer";

const MAX_AGE_MS = 60_000;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
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

function sMaxAgeMs(cacheControl) {
  const match = /s-maxage=(\d+)/.exec(String(cacheControl ?? ""));
  return match ? Number(match[1]) * 1000 : 0;
}

export function createPageMicroCache({ maxBytes = (Number(process.env.PAGE_MICRO_CACHE_MB ?? 64) || 0) * 1024 * 1024 } = {}) {
  /** key -> { epoch, expires, headers, body } in least-recently-used order. */
  const entries = new Map();
  let bytes = 0;
  const stats = { hits: 0, stored: 0 };

  function keyOf(request) {
    if (maxBytes <= 0 || request.method !== "GET") return null;
    const h = request.headers;
    for (const name of SKIP_HEADERS) if (h[name] !== undefined) return null;
    const url = request.url ?? "";
    if (!url.startsWith("/") || url.startsWith("/api/") || url.startsWith("/_next/")) return null;
    return [url, cookieValue(h.cookie, "HZ_CURRENCY"), cookieValue(h.cookie, "NEXT_LOCALE"), h["accept-encoding"] ?? ""].join("\n");
  }

  function forget(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  }

  function store(key, headers, body, cacheControl) {
    const ttl = Math.min(MAX_AGE_MS, sMaxAgeMs(cacheControl));
    if (ttl <= 0 || body.length > MAX_BODY_BYTES || body.length > maxBytes / 8) return;
    forget(key);
    entries.set(key, { epoch: epoch(), expires: Date.now() + ttl, headers, body });
    bytes += body.length;
    stats.stored++;
    for (const [oldest] of entries) {
      if (bytes <= maxBytes) break;
      forget(oldest);
    }
  }

  /** Answers from the cache (true), or lets `next` answer and keeps what it answered from its own cache. */
  return {
    stats,
    handle(request, response, next) {
      const key = keyOf(request);
      if (!key) return next();
      const entry = entries.get(key);
      if (entry && entry.epoch === epoch() && entry.expires > Date.now()) {
        entries.delete(key); // most recently used last
        entries.set(key, entry);
        stats.hits++;
        response.writeHead(200, { ...entry.headers, date: new Date().toUTCString(), "content-length": entry.body.length });
        response.end(entry.body);
        return;
      }
      if (entry) forget(key);
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
        if (
          response.statusCode === 200 &&
          h["x-nextjs-cache"] === "HIT" &&
          size <= MAX_BODY_BYTES &&
          epoch() === before &&
          cookies.every((c) => String(c).startsWith("NEXT_LOCALE="))
        ) {
          const headers = {};
          for (const [name, value] of Object.entries(h)) if (!DROPPED_RESPONSE_HEADERS.has(name)) headers[name] = value;
          store(key, headers, Buffer.concat(chunks), h["cache-control"]);
        }
        return result;
      };
      return next();
    },
  };
}
