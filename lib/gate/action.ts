// Server actions through the gate. `formAction` gives a `useActionState` action: the input is the
// form's fields, and every refusal becomes a FormState with messages in the user's language next
// to the fields and what was typed kept. `dataAction` is for client code that calls an action with
// an object and wants `{ ok, data }` or `{ ok: false, code, message, fields }`.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import type { Locale } from "@/i18n/locales";
import { actionLocale } from "@/lib/action-locale";
import { errorCode, type DomainError, type ErrorCode, type FieldIssue } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { formValues } from "@/lib/forms/parse-form";
import type { Access } from "./access";
import { formDataObject } from "./input";
import { runOperation, type Operation } from "./operation";
import { requestActor } from "./resolve-actor";

export const GATED = Symbol.for("haozao.gated");

export interface RefusalOptions {
  /** Domain message keys -> `Forms.errors` keys. */
  keys?: Record<string, string>;
  /** The `Forms.errors` key for not_found (default "notFound"). */
  notFound?: string;
  /** For a conflict whose key is not in `keys` (default: the domain key, else "conflict"). */
  conflictFallback?: string;
}

type Translator = Awaited<ReturnType<typeof getTranslations<"Forms.errors">>>;

function message(t: Translator, key: string, params: Record<string, string | number> = {}): string {
  return t.has(key as never) ? t(key as never, params as never) : t("invalid");
}

/** A refusal's messages: field path -> text, `_form` for the whole form. */
export async function refusalMessages(error: DomainError, locale: Locale, options: RefusalOptions = {}): Promise<Record<string, string>> {
  const t = (await getTranslations({ locale, namespace: "Forms.errors" })) as Translator;
  const keys = options.keys ?? {};
  const code = error.code as ErrorCode;
  switch (code) {
    case "validation": {
      const errors: Record<string, string> = {};
      for (const issue of (error as unknown as { issues: FieldIssue[] }).issues) {
        const field = issue.path.length ? issue.path.join(".") : "_form";
        errors[field] ??= message(t, keys[issue.key] ?? issue.key, issue.params);
      }
      return errors;
    }
    case "conflict": {
      const key = (error as unknown as { key: string }).key;
      return { _form: message(t, keys[key] ?? options.conflictFallback ?? key) };
    }
    case "not_found":
      return { _form: message(t, options.notFound ?? "notFound") };
    case "unauthenticated":
      return { _form: message(t, "signedOut") };
    case "rate_limited":
      return { _form: message(t, "rateLimited", { seconds: (error as unknown as { retryAfterSeconds: number }).retryAfterSeconds }) };
    case "too_large":
      return { _form: message(t, "tooLarge", { mb: Math.round((error as unknown as { limitBytes: number }).limitBytes / 1_000_000) }) };
    case "forbidden":
      return { _form: message(t, "forbidden") };
  }
}

export interface FormActionOptions<O> extends RefusalOptions {
  /** Turns the form's fields into the operation's raw input (default: all fields, as strings or arrays). */
  input?: (formData: FormData) => unknown;
  /** After success: e.g. `refresh()`, `redirect()`, or a state with a notice. */
  onSuccess?: (result: O, formData: FormData) => FormState | void | Promise<FormState | void>;
}

export type FormAction = ((prev: FormState, formData: FormData) => Promise<FormState>) & { [GATED]?: string };

export function formAction<A extends Access, O>(op: Operation<A, never, O> | Operation<A, any, O>, options: FormActionOptions<O> = {}): FormAction {
  const action: FormAction = async (_prev, formData) => {
    const locale = await actionLocale();
    if (!(formData instanceof FormData)) formData = new FormData();
    try {
      const actor = await requestActor();
      const raw = options.input ? options.input(formData) : formDataObject(formData);
      const result = await runOperation(op as Operation, actor, raw, { db: await getDb(), locale });
      const after = await options.onSuccess?.(result as O, formData);
      return after ?? { status: "ok", errors: {}, values: {} };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() from onSuccess
      if (!errorCode(error)) throw error; // a bug: Next logs it and shows the error page
      return { status: "error", errors: await refusalMessages(error as DomainError, locale, options), values: formValues(formData) };
    }
  };
  action[GATED] = op.name;
  return action;
}

export type ActionResult<O> = { ok: true; data: O } | { ok: false; code: ErrorCode; message: string; fields: Record<string, string> };
export type DataAction<I, O> = ((input: I) => Promise<ActionResult<O>>) & { [GATED]?: string };

export function dataAction<I, A extends Access, O>(op: Operation<A, any, O>, options: RefusalOptions = {}): DataAction<I, O> {
  const action: DataAction<I, O> = async (input) => {
    const locale = await actionLocale();
    try {
      const actor = await requestActor();
      const data = await runOperation(op as Operation, actor, input, { db: await getDb(), locale });
      return { ok: true, data: data as O };
    } catch (error) {
      unstable_rethrow(error);
      const code = errorCode(error);
      if (!code) throw error;
      const fields = await refusalMessages(error as DomainError, locale, options);
      return { ok: false, code, message: fields._form ?? Object.values(fields)[0] ?? "", fields };
    }
  };
  action[GATED] = op.name;
  return action;
}
