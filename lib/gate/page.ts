// Pages read through the gate too: the same actor, access and operations as actions and routes.
// A page that needs a signed-in user sends others to sign in (and back); a wrong role or another
// tenant's id is a 404 page.
import "server-only";
import { notFound } from "next/navigation";
import { getDb, getReadDb } from "@/lib/db";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { errorCode } from "@/lib/errors";
import { authorize, type Access, type CallerFor } from "./access";
import { runOperation, type Operation } from "./operation";
import { requestActor } from "./resolve-actor";

function refuse(error: unknown, locale: Locale, returnTo: string): never {
  const code = errorCode(error);
  if (code === "unauthenticated") redirect({ href: `/sign-in?next=${encodeURIComponent(returnTo)}`, locale });
  if (code === "not_found" || code === "forbidden" || code === "validation") notFound();
  throw error;
}

/** The caller of a page, or sign-in / 404. */
export async function pageCaller<A extends Access>(need: A, locale: Locale, returnTo: string): Promise<CallerFor<A>> {
  try {
    return authorize(await requestActor(), need);
  } catch (error) {
    refuse(error, locale, returnTo);
  }
}

/** Runs a read operation for a page: its result, or sign-in / 404 for a refusal. */
export async function pageRead<A extends Access, O>(op: Operation<A, any, O>, input: unknown, locale: Locale, returnTo: string): Promise<O> {
  try {
    return (await runOperation(op as Operation, await requestActor(), input, { db: await getDb(), locale })) as O;
  } catch (error) {
    refuse(error, locale, returnTo);
  }
}

/**
 * The request's database handle, for a page's reads after pageCaller / requireMember settled who
 * may see it (pages and components import no db/: they read through the gate's request context).
 */
export async function requestDb() {
  return getDb();
}

/** The read-only handle for catalogue and search reads: a streaming replica when there are any. */
export async function requestReadDb() {
  return getReadDb();
}

/** A page's caller and the request's database handle in one: sign-in or 404 for anyone else. */
export async function pageContext<A extends Access>(need: A, locale: Locale, returnTo: string): Promise<{ db: Awaited<ReturnType<typeof getDb>>; caller: CallerFor<A> }> {
  return { db: await getDb(), caller: await pageCaller(need, locale, returnTo) };
}
