import "server-only";
// An invitation as its accept page shows it: the factory, the role, who sent it, and whether it can
// still be accepted.
import { alias } from "drizzle-orm/pg-core";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factories, invitations, organisations, users } from "@/db/schema";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";

export type InvitationState = "pending" | "expired" | "accepted" | "revoked";

export async function findInvitation(db: DbOrTx, invitationId: number) {
  if (!Number.isSafeInteger(invitationId) || invitationId <= 0) return null;
  const inviter = alias(users, "inviter");
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      status: invitations.status,
      expiresAt: invitations.expiresAt,
      organisationId: invitations.organizationId,
      organisationName: organisations.name,
      nameZh: factories.nameZh,
      nameEn: factories.nameEn,
      inviterName: inviter.name,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organizationId))
    .leftJoin(factories, eq(factories.organisationId, invitations.organizationId))
    .innerJoin(inviter, eq(inviter.id, invitations.inviterId))
    .where(eq(invitations.id, invitationId));
  if (!row) return null;
  const state: InvitationState =
    row.status === "accepted" ? "accepted" : row.status !== "pending" ? "revoked" : row.expiresAt <= new Date() ? "expired" : "pending";
  return { ...row, state };
}

export type InvitationView = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

/**
 * The accept page's read, through the gate: the invitation is shown only to the address it was sent
 * to. Signed out, the page learns only that there is something to sign in for (no factory, no
 * inviter); signed in with another address, it does not exist. Ids are sequential: guessing one
 * reveals nothing.
 */
export const viewInvitationOp = defineOperation({
  name: "factories.viewInvitation",
  access: access.public,
  input: z.object({ id: zId }),
  run: async ({ db, caller }, { id }) => {
    if (caller.type !== "user") return { visible: false as const, id };
    const invitation = await findInvitation(db, id);
    if (!invitation || invitation.email.toLowerCase() !== caller.user.email.toLowerCase()) throw new NotFoundError("invitation", id);
    return { visible: true as const, invitation };
  },
});
