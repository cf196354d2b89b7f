import "server-only";
// The invited person, signed in with the invited address, joins the factory with the invited role.
// Anyone else — another account holding the link — is refused; so is an expired or used invitation,
// and a user who already belongs to another factory (the portal serves one factory per account).
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations, memberships, organisations, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

export async function acceptInvitation(db: Db, input: { invitationId: number; userId: number }): Promise<{ organisationId: number }> {
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.id, input.invitationId))
      .for("update");
    if (!invitation) throw new NotFoundError("invitation", input.invitationId);
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, input.userId));
    if (!user) throw new NotFoundError("user", input.userId);
    if (user.email.trim().toLowerCase() !== invitation.email.trim().toLowerCase()) throw new ConflictError("wrongEmail");
    if (invitation.status === "accepted") throw new ConflictError("used");
    if (invitation.status !== "pending") throw new ConflictError("revoked");
    if (invitation.expiresAt <= new Date()) throw new ConflictError("expired");

    const [elsewhere] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organizationId))
      .where(and(eq(memberships.userId, input.userId), eq(organisations.kind, "factory"), ne(organisations.id, invitation.organizationId)))
      .limit(1);
    if (elsewhere) throw new ConflictError("alreadyInFactory");

    await tx
      .insert(memberships)
      .values({ organizationId: invitation.organizationId, userId: input.userId, role: invitation.role })
      .onConflictDoNothing({ target: [memberships.organizationId, memberships.userId] });
    await tx.update(invitations).set({ status: "accepted" }).where(eq(invitations.id, invitation.id));
    await tx.update(users).set({ role: "factory", updatedAt: new Date() }).where(and(eq(users.id, input.userId), eq(users.role, "buyer")));
    return { organisationId: invitation.organizationId };
  });
}

/** Through the gate: the signed-in user joins the factory they were invited to (only the invited address). */
export const acceptInvitationOp = defineOperation({
  name: "factories.acceptInvitation",
  access: access.user,
  input: z.object({ invitationId: zId }),
  run: ({ db, caller }, { invitationId }) => acceptInvitation(db, { invitationId, userId: caller.user.id }),
});
