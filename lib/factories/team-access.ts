import "server-only";
// Who may manage a factory's team. Owners and admins invite, change roles and remove members; only
// an owner touches an owner (grants, changes or removes the owner role); the last owner stays.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { memberships } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";

export const memberRoles = ["owner", "admin", "member"] as const;
export type MemberRole = (typeof memberRoles)[number];

export const canManageTeam = (role: MemberRole | null | undefined) => role === "owner" || role === "admin";

/** The actor's role in the organisation; refused unless owner or admin. Locks nothing. */
export async function requireTeamManager(db: DbOrTx, organisationId: number, actorId: number): Promise<MemberRole> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organisationId), eq(memberships.userId, actorId)));
  if (!row) throw new NotFoundError("organisation", organisationId);
  if (!canManageTeam(row.role)) throw new ConflictError("notAllowed");
  return row.role;
}

/** Every membership of the organisation, locked: role changes and removals run one at a time. */
export async function lockTeam(db: DbOrTx, organisationId: number) {
  return db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.organizationId, organisationId))
    .orderBy(memberships.id)
    .for("update");
}
