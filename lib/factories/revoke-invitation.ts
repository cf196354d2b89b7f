import "server-only";
// An owner or admin withdraws a pending invitation: its link stops working.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { requireTeamManager } from "./team-access";

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
