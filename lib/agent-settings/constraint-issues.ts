// The database's own checks (CHECK constraints, unique indexes) as field errors: the forms validate
// first, but a value that slips past them (or a race on a unique code) must still come back to the
// agent as a message next to the field, never as a 500.
import { ValidationError, type FieldIssue } from "@/lib/errors";

interface PgErrorFields {
  code?: string;
  constraint?: string;
  constraint_name?: string;
  cause?: unknown;
}

/** The SQLSTATE and constraint of a PostgreSQL error (postgres.js, PGlite, or wrapped by Drizzle). */
export function pgConstraintOf(error: unknown): { code: string; constraint: string } | null {
  for (let e = error as PgErrorFields | undefined, depth = 0; e && typeof e === "object" && depth < 5; e = e.cause as PgErrorFields | undefined, depth++) {
    const constraint = e.constraint_name ?? e.constraint;
    if (typeof e.code === "string" && /^23/.test(e.code) && typeof constraint === "string") return { code: e.code, constraint };
  }
  return null;
}

/** Runs `write`; a violated constraint named in `issues` becomes a ValidationError with those issues. */
export async function withConstraintIssues<T>(issues: Record<string, FieldIssue[]>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const found = pgConstraintOf(error);
    if (found && issues[found.constraint]) throw new ValidationError(issues[found.constraint]);
    throw error;
  }
}
