import "server-only";
// An owner or admin changes a member's role. Only an owner grants or takes away the owner role, and
// a factory always keeps at least one owner.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { lockTeam, memberRoles, requireTeamManager, type MemberRole } from "./team-access";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

export async function changeMemberRole(db: Db, input: { organisationId: number; actorId: number; memberUserId: number; role: string }) {
  if (!(memberRoles as readonly string[]).includes(input.role)) throw new ValidationError([{ path: ["role"], key: "invalid" }]);
  const role = input.role as MemberRole;
  await db.transaction(async (tx) => {
    const team = await lockTeam(tx, input.organisationId);
    const actorRole = await requireTeamManager(tx, input.organisationId, input.actorId);
    const target = team.find((m) => m.userId === input.memberUserId);
    if (!target) throw new NotFoundError("member", input.memberUserId);
    if (target.role === role) return;
    if ((target.role === "owner" || role === "owner") && actorRole !== "owner") throw new ConflictError("ownerOnly");
    if (target.role === "owner" && team.filter((m) => m.role === "owner").length === 1) throw new ConflictError("lastOwner");
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.organizationId, input.organisationId), eq(memberships.userId, input.memberUserId)));
  });
}

/** Through the gate: an owner or admin of the factory changes a member's role. */
export const changeMemberRoleOp = defineOperation({
  name: "factories.changeMemberRole",
  access: access.member("factory"),
  input: z.object({ userId: zId, role: z.string().max(20) }),
  run: ({ db, caller }, { userId, role }) =>
    changeMemberRole(db, { organisationId: caller.organisation.organisationId, actorId: caller.user.id, memberUserId: userId, role }),
});
