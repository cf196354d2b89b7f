// Where a person lands after signing in: the people of a factory, an agent or the platform in their
// own pages (or the page of those they were sent away from), buyers back where they came from.
import type { UserRole } from "./session";

export const ROLE_HOME = { factory: "/factory", agent: "/agent", admin: "/admin" } as const;

/** The areas a role works in: a `next` inside one of them is honoured, anything else goes home. */
const ROLE_AREAS: Record<keyof typeof ROLE_HOME, readonly string[]> = {
  factory: ["/factory"],
  agent: ["/agent"],
  admin: ["/admin", "/agent"],
};

const inArea = (path: string, area: string) => path === area || path.startsWith(`${area}/`) || path.startsWith(`${area}?`);

/**
 * `next` is already a safe relative path of this site (safeNextPath). `isFactoryMember` wins over
 * the account's role: a buyer who opened a factory works in its portal.
 */
export function landingPath(role: UserRole, isFactoryMember: boolean, next: string): string {
  const kind: keyof typeof ROLE_HOME | null = isFactoryMember ? "factory" : role === "agent" || role === "admin" ? role : null;
  if (!kind) return next;
  return ROLE_AREAS[kind].some((area) => inArea(next, area)) ? next : ROLE_HOME[kind];
}
