// zod issues -> the domain's ValidationError (message keys of `Forms.errors`, with the field's path).
import type { z } from "zod";
import { ValidationError, type FieldIssue } from "@/lib/errors";

const isKey = (message: string) => /^[a-zA-Z]+$/.test(message) && message.length < 40;

export function validationError(issues: readonly z.core.$ZodIssue[]): ValidationError {
  return new ValidationError(
    issues.map((issue): FieldIssue => ({ path: issue.path.map((p) => (typeof p === "number" ? p : String(p))), key: isKey(issue.message) ? issue.message : "invalid" })),
  );
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return parsed.data;
}
