import "server-only";
// The one gate of the listing editor's mutations (server actions and the photo upload route): the
// caller must be a member of a factory; the operation then runs scoped to that factory. Domain errors
// become answers the editor shows: a listing of another factory is "not found" like a missing one.
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { currentFactory } from "@/lib/auth/require-factory";
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from "@/lib/errors";
import { PhotoUploadError } from "@/lib/photos/store-listing-photo";

export type Refusal = { ok: false; status: 401 | 404 | 409 | 422; issues: FieldIssue[] };
export type ActionResult<T extends object = object> = ({ ok: true } & T) | Refusal;

const refuse = (status: Refusal["status"], issues: FieldIssue[]): Refusal => ({ ok: false, status, issues });

export async function withFactory<T extends object>(run: (db: Db, factoryId: number) => Promise<T>): Promise<ActionResult<T>> {
  const factory = await currentFactory();
  if (!factory) return refuse(401, [{ path: [], key: "signedOut" }]);
  try {
    return { ok: true, ...(await run(await getDb(), factory.factoryId)) };
  } catch (error) {
    if (error instanceof NotFoundError) return refuse(404, [{ path: [], key: "notFound" }]);
    if (error instanceof ValidationError) return refuse(422, error.issues);
    if (error instanceof PhotoUploadError) return refuse(422, [{ path: ["photos"], key: error.key }]);
    if (error instanceof ConflictError) return refuse(409, [{ path: [], key: error.key }]);
    throw error;
  }
}

/** An id from the browser: a positive integer, else something no listing has (the domain answers "not found"). */
export const idFrom = (value: unknown): number => (typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : -1);
