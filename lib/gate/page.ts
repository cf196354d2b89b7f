// Pages read through the gate too: the same actor, access and operations as actions and routes.
// A page that needs a signed-in user sends others to sign in (and back); a wrong role or another
// tenant's id is a 404 page.
import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
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
