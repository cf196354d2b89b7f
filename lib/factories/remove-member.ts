import "server-only";
// An owner or admin removes someone from the factory. Only an owner removes an owner, and never the
// last one. A removed user who belongs to no other factory is a buyer again.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { lockTeam, requireTeamManager } from "./team-access";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

export async function removeMember(db: Db, input: { organisationId: number; actorId: number; memberUserId: number }) {
  await db.transaction(async (tx) => {
    const team = await lockTeam(tx, input.organisationId);
    const actorRole = await requireTeamManager(tx, input.organisationId, input.actorId);
    const target = team.find((m) => m.userId === input.memberUserId);
    if (!target) throw new NotFoundError("member", input.memberUserId);
    if (target.role === "owner" && actorRole !== "owner") throw new ConflictError("ownerOnly");
    if (target.role === "owner" && team.filter((m) => m.role === "owner").length === 1) throw new ConflictError("lastOwner");
    await tx
      .delete(memberships)
      .where(and(eq(memberships.organizationId, input.organisationId), eq(memberships.userId, input.memberUserId)));
    await tx
      .update(users)
      .set({ role: "buyer", updatedAt: new Date() })
      .where(
        and(
          eq(users.id, input.memberUserId),
          eq(users.role, "factory"),
          sql`not exists (select 1 from memberships m join organisations o on o.id = m.organisation_id
            where m.user_id = ${input.memberUserId} and o.kind = 'factory')`,
        ),
      );
  });
}

/** Through the gate: an owner or admin of the factory removes a member. */
export const removeMemberOp = defineOperation({
  name: "factories.removeMember",
  access: access.member("factory"),
  input: z.object({ userId: zId }),
  run: ({ db, caller }, { userId }) => removeMember(db, { organisationId: caller.organisation.organisationId, actorId: caller.user.id, memberUserId: userId }),
});
