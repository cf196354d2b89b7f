// Domain refusals as a form's state, for server actions: a validation error goes next to its
// fields, a conflict and a not-found become one message; anything else is a bug and goes up.
import "server-only";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/i18n/locales";
import type { FormState } from "./form-state";
import { formError } from "./parse-form";
import { validationState } from "./validation-state";

export interface RefusalKeys {
  /** The `Forms.errors` key for a NotFoundError. */
  notFound: string;
  /** Domain message keys -> `Forms.errors` keys, for validation and conflict errors. */
  keys?: Record<string, string>;
  /** For a conflict whose key is not in `keys`; without it the domain key is used as it is. */
  conflictFallback?: string;
}

export async function refusedState(error: unknown, formData: FormData, locale: Locale, refusal: RefusalKeys): Promise<FormState> {
  if (error instanceof ValidationError) return validationState(error, formData, locale, refusal.keys);
  if (error instanceof ConflictError) return formError(refusal.keys?.[error.key] ?? refusal.conflictFallback ?? error.key, formData, locale);
  if (error instanceof NotFoundError) return formError(refusal.notFound, formData, locale);
  throw error;
}
