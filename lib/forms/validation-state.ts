// A domain ValidationError (message keys with field paths) as a form's state: each field's message in
// the user's language (namespace `Forms.errors`), keyed by the field's path joined with dots
// ("tiers.1.price"), and what was typed, so nothing is lost.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import type { ValidationError } from "@/lib/errors";
import type { FormState } from "./form-state";
import { formValues } from "./parse-form";

export async function validationState(error: ValidationError, formData: FormData, locale: Locale, keyMap: Record<string, string> = {}): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Forms.errors" });
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    if (errors[field]) continue;
    const key = keyMap[issue.key] ?? issue.key;
    errors[field] = t.has(key) ? t(key, issue.params ?? {}) : t("invalid");
  }
  return { status: "error", errors, values: formValues(formData) };
}
