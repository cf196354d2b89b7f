"use client";
// Uploads go to route handlers (server actions refuse bodies over 1 MB): the form's data is posted
// with fetch; a refusal arrives as application/problem+json with a translated `detail` and, for
// validation, one translated message per field.
import type { FormState } from "@/lib/forms/form-state";

export type Posted<T> = { ok: true; data: T } | { ok: false; state: FormState };

const SECRET = new Set(["password", "confirmPassword", "newPassword"]);

function values(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !SECRET.has(key)) out[key] = value;
  return out;
}

export async function postForm<T>(url: string, form: FormData, fallback: string): Promise<Posted<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: form, headers: { accept: "application/json" } });
  } catch {
    return { ok: false, state: { status: "error", errors: { _form: fallback }, values: values(form) } };
  }
  const body = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: body as T };
  const errors: Record<string, string> = {};
  for (const issue of (body?.errors ?? []) as { path: string | null; message?: string }[]) {
    if (issue.message) errors[issue.path || "_form"] ??= issue.message;
  }
  if (!Object.keys(errors).length) errors._form = typeof body?.detail === "string" ? body.detail : fallback;
  return { ok: false, state: { status: "error", errors, values: values(form) } };
}
