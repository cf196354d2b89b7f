// Errors the domain operations throw, shared by every lib/<domain>. The request gate (lib/gate/)
// maps them by `code` (never by `instanceof`, which breaks when two bundles hold two copies of a
// class) to a form state for actions, application/problem+json for routes and a 404 for pages.
// NotFoundError is also the answer when the id exists but belongs to another organisation, so that
// nobody learns which ids exist elsewhere.

export type ErrorCode = "unauthenticated" | "not_found" | "forbidden" | "conflict" | "validation" | "rate_limited" | "too_large";

export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  validation: 422,
  rate_limited: 429,
  too_large: 413,
};

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
}

/** The caller must sign in (or send an API key) first: 401. */
export class UnauthenticatedError extends DomainError {
  readonly code = "unauthenticated" as const;
  constructor() {
    super("Sign in first");
    this.name = "UnauthenticatedError";
  }
}

export class NotFoundError extends DomainError {
  readonly code = "not_found" as const;
  readonly entity: string;
  readonly id: number | string;
  constructor(entity: string, id: number | string) {
    super(`${entity} ${id} not found`);
    this.name = "NotFoundError";
    this.entity = entity;
    this.id = id;
  }
}

/** Known caller without the right (an API key lacking a scope): 403. Pages and portals answer 404 instead. */
export class ForbiddenError extends DomainError {
  readonly code = "forbidden" as const;
  readonly key: string;
  constructor(key = "forbidden") {
    super(key);
    this.name = "ForbiddenError";
    this.key = key;
  }
}

/** The operation is not allowed in the current state (e.g. shipping a purchase order not yet accepted): 409. */
export class ConflictError extends DomainError {
  readonly code = "conflict" as const;
  /** A message key the page translates, e.g. "purchaseOrders.notAccepted". */
  readonly key: string;
  constructor(key: string, detail?: string) {
    super(detail ? `${key}: ${detail}` : key);
    this.name = "ConflictError";
    this.key = key;
  }
}

/** One problem with the input, for a form: where (a path of field names and indexes) and a message key. */
export interface FieldIssue {
  path: (string | number)[];
  key: string;
  params?: Record<string, string | number>;
}

/** Input that fails validation, with every problem found: 422, shown next to the fields. */
export class ValidationError extends DomainError {
  readonly code = "validation" as const;
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.path.join(".") || "(root)"} ${i.key}`).join("; ")}`);
    this.name = "ValidationError";
    this.issues = issues;
  }
}

/** Too many requests: 429 with Retry-After. */
export class RateLimitedError extends DomainError {
  readonly code = "rate_limited" as const;
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(`Rate limited for ${retryAfterSeconds} s`);
    this.name = "RateLimitedError";
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

/** A body or file over its limit: 413. */
export class TooLargeError extends DomainError {
  readonly code = "too_large" as const;
  readonly limitBytes: number;
  constructor(limitBytes: number) {
    super(`Larger than ${limitBytes} bytes`);
    this.name = "TooLargeError";
    this.limitBytes = limitBytes;
  }
}

const CODES = new Set<string>(Object.keys(HTTP_STATUS));

/** The code of a domain error, also across bundles (duck-typed), or null for anything else (a bug). */
export function errorCode(error: unknown): ErrorCode | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && CODES.has(code) && error instanceof Error ? (code as ErrorCode) : null;
}
