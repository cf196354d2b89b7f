// The actor of the current request (a page render, a server action or a route handler), once per
// request. A Bearer token is an API key (resolved by the partner API's resolver); otherwise the
// session cookie; otherwise anonymous.
import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { ensureJobWorker } from "@/lib/jobs/worker";
import { apiKeyResolver, membershipsOf, type Actor } from "./actor";
import { clientAddress } from "./client-address";

export async function actorFromHeaders(h: Headers): Promise<Actor> {
  void ensureJobWorker(); // this process works the job queue from its first request on
  const ip = clientAddress(h);
  const authorization = h.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const resolve = apiKeyResolver();
    const key = match && resolve ? await resolve(await getDb(), match[1], ip) : null;
    // A wrong, revoked or malformed key is refused, never treated as anonymous.
    if (!key) throw new UnauthenticatedError();
    return key;
  }
  const user = await getSessionUser();
  if (!user) return { type: "anonymous", ip };
  return { type: "user", ip, user, memberships: await membershipsOf(await getDb(), user.id) };
}

/** The actor of this request (React cache: computed once per render or action). */
export const requestActor = cache(async (): Promise<Actor> => actorFromHeaders(await headers()));
