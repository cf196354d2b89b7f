// What an operation needs from its caller, and the caller it then gets. A signed-in user of the
// wrong kind of organisation gets NotFoundError (a 404: nobody learns a portal or an id exists);
// an API key without the scope gets ForbiddenError (403, documented for partners).
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { Actor, ApiScope, Membership, MemberRole, OrganisationKind } from "./actor";

export type Access =
  | { kind: "public" }
  | { kind: "user" }
  | { kind: "member"; org: OrganisationKind; roles?: MemberRole[] }
  | { kind: "scope"; scope: ApiScope };

export const access = {
  public: { kind: "public" } as const,
  user: { kind: "user" } as const,
  member: <K extends OrganisationKind>(org: K, roles?: MemberRole[]) => ({ kind: "member", org, roles }) as const,
  scope: (scope: ApiScope) => ({ kind: "scope", scope }) as const,
};

type UserActor = Extract<Actor, { type: "user" }>;
type KeyActor = Extract<Actor, { type: "apiKey" }>;

/** The caller an operation receives for its access. */
export type CallerFor<A extends Access> = A extends { kind: "public" }
  ? Actor
  : A extends { kind: "user" }
    ? UserActor
    : A extends { kind: "member" }
      ? UserActor & { organisation: Membership }
      : A extends { kind: "scope" }
        ? KeyActor
        : never;

export function authorize<A extends Access>(actor: Actor, need: A): CallerFor<A> {
  switch (need.kind) {
    case "public":
      return actor as CallerFor<A>;
    case "user":
      if (actor.type !== "user") throw new UnauthenticatedError();
      return actor as CallerFor<A>;
    case "member": {
      if (actor.type !== "user") throw new UnauthenticatedError();
      const organisation = actor.memberships.find((m) => m.kind === need.org && (!need.roles || need.roles.includes(m.role)));
      if (!organisation) throw new NotFoundError("page", need.org);
      return { ...actor, organisation } as CallerFor<A>;
    }
    case "scope":
      if (actor.type !== "apiKey") throw new UnauthenticatedError();
      if (!actor.scopes.includes(need.scope)) throw new ForbiddenError(`scope:${need.scope}`);
      return actor as CallerFor<A>;
  }
}
