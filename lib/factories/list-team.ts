import "server-only";
// The team page: members with their roles, and the invitations still waiting for an answer.
import { and, asc, desc, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { invitations, memberships, users } from "@/db/schema";

export async function listTeam(db: DbOrTx, organisationId: number) {
  const [members, pending] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organizationId, organisationId))
      .orderBy(asc(memberships.createdAt), asc(memberships.id)),
    db
      .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
      .from(invitations)
      .where(and(eq(invitations.organizationId, organisationId), eq(invitations.status, "pending"), gt(invitations.expiresAt, new Date())))
      .orderBy(desc(invitations.createdAt)),
  ]);
  return { members, pending };
}

export type Team = Awaited<ReturnType<typeof listTeam>>;
