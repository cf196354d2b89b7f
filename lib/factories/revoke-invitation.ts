import "server-only";
// An owner or admin withdraws a pending invitation: its link stops working.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { requireTeamManager } from "./team-access";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

export async function revokeInvitation(db: Db, input: { organisationId: number; actorId: number; invitationId: number }) {
  await db.transaction(async (tx) => {
    await requireTeamManager(tx, input.organisationId, input.actorId);
    const [row] = await tx
      .update(invitations)
      .set({ status: "revoked" })
      .where(and(eq(invitations.id, input.invitationId), eq(invitations.organizationId, input.organisationId), eq(invitations.status, "pending")))
      .returning({ id: invitations.id });
    if (!row) throw new NotFoundError("invitation", input.invitationId);
  });
}

/** Through the gate: an owner or admin of the factory revokes a pending invitation of its own. */
export const revokeInvitationOp = defineOperation({
  name: "factories.revokeInvitation",
  access: access.member("factory"),
  input: z.object({ invitationId: zId }),
  run: ({ db, caller }, { invitationId }) => revokeInvitation(db, { organisationId: caller.organisation.organisationId, actorId: caller.user.id, invitationId }),
});
