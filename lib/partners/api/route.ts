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
import { formDataObject, searchParamsObject, takeToken, registerApiKeyResolver } from "@/lib/gate";
import { resolveApiKey, type KeyActor } from "../resolve-api-key";
import type { Endpoint } from "./define-endpoint";

// One key lookup per request: the rate limit below resolves the key, the gate reuses that answer.
const inflight = new Map<string, Promise<KeyActor | null>>();
registerApiKeyResolver((db, token, ip) => inflight.get(token) ?? resolveApiKey(db, token, ip));

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
    const db = await getDb();
    const resolving = resolveApiKey(db, token, clientAddress(request.headers));
    inflight.set(token, resolving);
    try {
      const key = await resolving;
      if (!key) return await inner(request, context); // the gate answers 401
      const bucket = await takeToken(db, `api:k${key.keyId}`, { capacity: key.ratePerMinute, refillSeconds: 60 });
      const headers = rateHeaders(key.ratePerMinute, bucket.remaining, bucket.resetAfter);
      const response = bucket.allowed
        ? await inner(request, context)
        : await problemResponse(new RateLimitedError(bucket.retryAfter), requestLocale(request), new URL(request.url).pathname);
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    } finally {
      if (inflight.get(token) === resolving) inflight.delete(token);
    }
  };
  handler[GATED] = inner[GATED];
  return handler;
}
