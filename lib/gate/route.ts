// Route handlers through the gate: the caller from the session or an API key, the input from the
// request (query, JSON or form body, path params), and every refusal as application/problem+json
// (RFC 9457) with a stable `code`, translated `title`/`detail` and, for validation, one entry per
// field. A fault that is not a domain error is logged and answers a plain 500 problem.
import "server-only";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { errorCode, HTTP_STATUS, type DomainError, type ErrorCode, type FieldIssue } from "@/lib/errors";
import type { Access } from "./access";
import type { Actor } from "./actor";
import { GATED, refusalMessages } from "./action";
import { actorFromHeaders } from "./resolve-actor";
import { runOperation, type Operation } from "./operation";
import { searchParamsObject } from "./input";

export interface RouteContext<P = Record<string, string | string[]>> {
  params: Promise<P>;
}

export interface RouteOptions<O> {
  /** The operation's raw input from the request (default: the query string). */
  input?: (request: Request, params: Record<string, string | string[]>) => unknown | Promise<unknown>;
  /** The response for a result (default: JSON, 200). */
  respond?: (result: O, request: Request) => Response | Promise<Response>;
  /** The locale of messages (default: requestLocale). */
  locale?: (request: Request) => Locale;
  /** The actor when the caller has already resolved it (the partner API, with its rate limit); else from the headers. */
  actor?: (request: Request) => Actor | undefined;
}

export type RouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { [GATED]?: string };

/** The locale for messages: `?locale=`, else the first supported Accept-Language, else English. */
export function requestLocale(request: Request): Locale {
  const fromQuery = new URL(request.url).searchParams.get("locale");
  if (fromQuery && isLocale(fromQuery)) return fromQuery;
  for (const part of (request.headers.get("accept-language") ?? "").split(",")) {
    const tag = part.split(";")[0].trim().toLowerCase().split("-")[0];
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
}

export async function problemResponse(error: unknown, locale: Locale, instance?: string): Promise<Response> {
  const code = errorCode(error);
  const headers = new Headers({ "Content-Type": "application/problem+json", "Cache-Control": "no-store" });
  if (!code) {
    console.error("[gate] unexpected fault", error);
    const t = await getTranslations({ locale, namespace: "Gate" });
    return new Response(JSON.stringify({ type: "urn:haozao:problem:internal", title: t("internal"), status: 500, code: "internal", instance }), { status: 500, headers });
  }
  const domain = error as DomainError;
  const t = await getTranslations({ locale, namespace: "Gate" });
  const fields = await refusalMessages(domain, locale);
  const body: Record<string, unknown> = {
    type: `urn:haozao:problem:${code}`,
    title: t(code as ErrorCode),
    status: HTTP_STATUS[code],
    code,
    detail: fields._form ?? t(code as ErrorCode),
    instance,
  };
  if (code === "validation") {
    body.errors = (domain as unknown as { issues: FieldIssue[] }).issues.map((issue) => ({
      path: issue.path.join(".") || null,
      code: issue.key,
      message: fields[issue.path.join(".") || "_form"],
    }));
  }
  if (code === "rate_limited") headers.set("Retry-After", String((domain as unknown as { retryAfterSeconds: number }).retryAfterSeconds));
  if (code === "unauthenticated") headers.set("WWW-Authenticate", 'Bearer realm="haozao"');
  return new Response(JSON.stringify(body), { status: HTTP_STATUS[code], headers });
}

/** JSON body of a request, or a validation error naming the body (never a 500 on malformed JSON). */
export async function jsonBody(request: Request, limitBytes = 1_000_000): Promise<unknown> {
  const { ValidationError, TooLargeError } = await import("@/lib/errors");
  const text = await request.text();
  if (text.length > limitBytes) throw new TooLargeError(limitBytes);
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: [], key: "malformedJson" }]);
  }
}

export function routeHandler<A extends Access, O>(op: Operation<A, any, O>, options: RouteOptions<O> = {}): RouteHandler {
  const handler: RouteHandler = async (request, context) => {
    const locale = options.locale?.(request) ?? requestLocale(request);
    try {
      const params = (await context?.params) ?? {};
      const actor = options.actor?.(request) ?? (await actorFromHeaders(request.headers));
      const raw = options.input ? await options.input(request, params) : { ...searchParamsObject(new URL(request.url).searchParams), ...params };
      const result = await runOperation(op as Operation, actor, raw, { db: await getDb(), locale, headers: request.headers });
      return options.respond ? await options.respond(result as O, request) : Response.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return problemResponse(error, locale, new URL(request.url).pathname);
    }
  };
  handler[GATED] = op.name;
  return handler;
}

/**
 * A route handler whose request is not an operation's input (Better Auth's endpoint, Stripe's
 * signed webhook, file bodies): it still answers every refusal as problem+json and never a raw
 * 500, and carries the GATED marker under `name` so the boundary suite finds it.
 */
export function gatedRoute(name: string, run: (request: Request, params: Record<string, string | string[]>) => Promise<Response>): RouteHandler {
  const handler: RouteHandler = async (request, context) => {
    const locale = requestLocale(request);
    try {
      return await run(request, ((await context?.params) ?? {}) as Record<string, string | string[]>);
    } catch (error) {
      return problemResponse(error, locale, safePath(request));
    }
  };
  handler[GATED] = name;
  return handler;
}

function safePath(request: Request): string {
  try {
    return new URL(request.url).pathname;
  } catch {
    return "/";
  }
}
