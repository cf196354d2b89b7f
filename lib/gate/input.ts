// Raw input from forms, query strings and JSON, checked the same way before any zod schema sees it:
// a NUL byte or a lone surrogate (a broken encoding) anywhere is a validation error on that field,
// never a database error later. Zod issues become FieldIssues with message keys (`Forms.errors`).
import type { z } from "zod";
import { ValidationError, type FieldIssue } from "@/lib/errors";

// eslint-disable-next-line no-control-regex
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws a ValidationError naming every field whose text holds a NUL byte or a broken character. */
export function refuseBadText(value: unknown, path: (string | number)[] = [], issues: FieldIssue[] = [], depth = 0): FieldIssue[] {
  if (depth > 20) {
    issues.push({ path, key: "invalid" });
  } else if (typeof value === "string") {
    if (BAD_TEXT.test(value)) issues.push({ path, key: "invalid" });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => refuseBadText(item, [...path, i], issues, depth + 1));
  } else if (value && typeof value === "object" && !(value instanceof Blob) && !ArrayBuffer.isView(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (BAD_TEXT.test(k)) issues.push({ path, key: "invalid" });
      else refuseBadText(v, [...path, k], issues, depth + 1);
    }
  }
  if (depth === 0 && issues.length) throw new ValidationError(issues);
  return issues;
}

/** FormData as a plain object: one value per name, or an array when a name repeats; `$`-names (React's) dropped. */
export function formDataObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$")) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** URLSearchParams as a plain object, like formDataObject. */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of params.entries()) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** A zod issue's message key: schemas name their messages by key ("required", "postalCode"); zod's own checks map by code. */
export function issueKey(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  if (/^[a-zA-Z]+$/.test(issue.message) && issue.message.length < 40) {
    const params: Record<string, string | number> = {};
    if ("minimum" in issue) params.min = Number(issue.minimum);
    if ("maximum" in issue) params.max = Number(issue.maximum);
    // A custom issue may carry its message's parameters ({ min, max, ... }).
    if (issue.code === "custom" && issue.params) for (const [k, v] of Object.entries(issue.params)) if (typeof v === "string" || typeof v === "number") params[k] = v;
    return { path, key: issue.message, params };
  }
  if (issue.code === "too_small" && issue.origin === "string") return { path, key: "tooShort", params: { min: Number(issue.minimum) } };
  if (issue.code === "too_big" && issue.origin === "string") return { path, key: "tooLong", params: { max: Number(issue.maximum) } };
  if (issue.code === "invalid_format" && issue.format === "email") return { path, key: "email" };
  if (issue.code === "invalid_type" && issue.input === undefined) return { path, key: "required" };
  return { path, key: "invalid" };
}

/** Parses with the schema after the text check; throws one ValidationError with every problem. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  refuseBadText(raw);
  const result = schema.safeParse(raw);
  if (!result.success) throw new ValidationError(result.error.issues.map(issueKey));
  return result.data;
}
