// Server side of every form: parse FormData with the shared zod schema and turn each issue into a
// message in the user's language (namespace `Forms.errors`). Schemas name their messages by key
// ("required", "postalCode", ...); zod's own checks map by issue code.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { Locale } from "@/i18n/locales";
import type { FormState } from "./form-state";

const SECRET_FIELDS = new Set(["password", "confirmPassword", "newPassword"]);

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    // A repeated name (a group of checkboxes) keeps every value, comma-separated.
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELDS.has(key)) values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

function messageKey(issue: z.core.$ZodIssue): { key: string; params: Record<string, string | number> } {
  if (/^[a-zA-Z]+$/.test(issue.message) && issue.message.length < 40 && !issue.message.includes(" ")) {
    const params: Record<string, string | number> = {};
    if ("minimum" in issue) params.min = Number(issue.minimum);
    if ("maximum" in issue) params.max = Number(issue.maximum);
    return { key: issue.message, params };
  }
  if (issue.code === "too_small") return { key: "tooShort", params: { min: Number(issue.minimum) } };
  if (issue.code === "too_big") return { key: "tooLong", params: { max: Number(issue.maximum) } };
  if (issue.code === "invalid_format" && issue.format === "email") return { key: "email", params: {} };
  return { key: "invalid", params: {} };
}

export type ParsedForm<T> = { ok: true; data: T } | { ok: false; state: FormState };

export async function parseForm<S extends z.ZodType>(schema: S, formData: FormData, locale: Locale): Promise<ParsedForm<z.output<S>>> {
  const raw = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")));
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, state: await errorState(result.error.issues, formData, locale) };
}

export async function errorState(issues: readonly z.core.$ZodIssue[], formData: FormData, locale: Locale): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Forms.errors" });
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "_form");
    if (errors[field]) continue;
    const { key, params } = messageKey(issue);
    errors[field] = t.has(key) ? t(key, params) : t("invalid");
  }
  return { status: "error", errors, values: formValues(formData) };
}

/** One message for the whole form, keeping what was typed. */
export async function formError(key: string, formData: FormData, locale: Locale, field = "_form", params: Record<string, string | number> = {}): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Forms.errors" });
  return { status: "error", errors: { [field]: t(key, params) }, values: formValues(formData) };
}
