// The route handler of a partner API endpoint: the gate's routeHandler (actor, scope, zod input,
// problem+json for every refusal) with what the public API adds around it: a token bucket per key
// in PostgreSQL with RateLimit-* headers (429 + Retry-After when empty), the request's input from
// path, query, JSON or multipart body and the Idempotency-Key header, a status per endpoint, and
// ETag / If-None-Match on reads.
import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { GATED, jsonBody, problemResponse, requestLocale, routeHandler, type RouteHandler } from "@/lib/gate/next";
import type { RouteContext } from "@/lib/gate/route";
import { clientAddress } from "@/lib/gate/client-address";
import { formDataObject, searchParamsObject, registerApiKeyResolver } from "@/lib/gate";
import { resolveApiKey, resolveApiKeyTakingToken, type KeyActor } from "../resolve-api-key";
import type { Endpoint } from "./define-endpoint";
import { registerCatalogReads } from "./catalog-reads";
import { cachedCategoryTree, cachedKeywordSearch, cachedListingCards, cachedListingDetail, cachedListingMarketData, cachedRates } from "@/lib/catalog/cached";

// One key lookup per request: the rate limit below resolves the key, the gate reuses that answer
// (`taken`, per request); the resolver is the gate's own way for any other Bearer request.
registerApiKeyResolver(resolveApiKey);
// Catalogue reads through the site's tagged cache (stock stays live: see ./catalog-reads.ts).
registerCatalogReads({
  listingDetail: (_db, id, locale) => cachedListingDetail(id, locale),
  rates: () => cachedRates(),
  marketData: (_db, id) => cachedListingMarketData(id),
  keywordSearch: (_db, query) => cachedKeywordSearch(query),
  listingCards: (_db, locale, filter, options) => cachedListingCards(locale, filter, options),
  categoryTree: (_db, locale) => cachedCategoryTree(locale),
});
const taken = new WeakMap<Request, KeyActor>();

function rateHeaders(limit: number, remaining: number, resetAfter: number): Record<string, string> {
  return {
    "RateLimit-Limit": String(limit),
    "RateLimit-Remaining": String(remaining),
    "RateLimit-Reset": String(resetAfter),
    "RateLimit-Policy": `${limit};w=60`,
  };
}

async function rawInput(endpoint: Endpoint, request: Request, params: Record<string, string | string[]>) {
  const raw: Record<string, unknown> = { ...searchParamsObject(new URL(request.url).searchParams), ...params };
  if (endpoint.body) {
    if (endpoint.bodyType === "multipart") {
      const type = request.headers.get("content-type") ?? "";
      // A malformed multipart body is the caller's mistake: 422 on `body`, never a 500.
      const form = type.startsWith("multipart/form-data") ? await request.formData().catch(() => null) : undefined;
      if (form === null) throw new ValidationError([{ path: ["body"], key: "invalid" }]);
      raw.body = form ? formDataObject(form) : {};
    } else {
      raw.body = await jsonBody(request);
    }
  }
  if (endpoint.idempotent) raw.idempotencyKey = request.headers.get("idempotency-key") ?? undefined;
  return raw;
}

function etagOf(body: string) {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

export function apiRoute(endpoint: Endpoint): RouteHandler {
  const inner = routeHandler(endpoint.operation, {
    actor: (request) => taken.get(request),
    input: (request, params) => rawInput(endpoint, request, params),
    respond: (result, request) => {
      const body = JSON.stringify(result);
      const headers = new Headers({ "Content-Type": "application/json", "Cache-Control": "private, no-cache" });
      if (endpoint.etag) {
        const etag = etagOf(body);
        headers.set("ETag", etag);
        const match = request.headers.get("if-none-match");
        if (match && match.split(",").some((m) => m.trim() === etag)) return new Response(null, { status: 304, headers });
      } else {
        headers.set("Cache-Control", "no-store");
      }
      return new Response(body, { status: endpoint.status ?? 200, headers });
    },
  });
  const handler: RouteHandler = async (request: Request, context: RouteContext) => {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    if (!token) return inner(request, context);
    // The key and a token from its bucket in one statement; the gate then reuses the key.
    let found: Awaited<ReturnType<typeof resolveApiKeyTakingToken>>;
    try {
      found = await resolveApiKeyTakingToken(await getDb(), token, clientAddress(request.headers));
    } catch (error) {
      return problemResponse(error, requestLocale(request), new URL(request.url).pathname);
    }
    if (!found) return inner(request, context); // the gate answers 401
    const { actor: key, bucket } = found;
    taken.set(request, key);
    const headers = rateHeaders(key.ratePerMinute, bucket.remaining, bucket.resetAfter);
    const response = bucket.allowed
      ? await inner(request, context)
      : await problemResponse(new RateLimitedError(bucket.retryAfter), requestLocale(request), new URL(request.url).pathname);
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
  handler[GATED] = inner[GATED];
  return handler;
}
