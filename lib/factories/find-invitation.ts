import "server-only";
// An invitation as its accept page shows it: the factory, the role, who sent it, and whether it can
// still be accepted.
import { alias } from "drizzle-orm/pg-core";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factories, invitations, organisations, users } from "@/db/schema";

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
