import "server-only";
// An owner or admin invites someone by e-mail with a role: an invitation (valid 7 days) and a mail in
// the outbox with the link to accept it. Inviting an address again renews its pending invitation
// instead of piling up a second one. Only an owner may invite another owner.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { invitations, memberships, outboxEmails, users } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/errors";
import { fieldIssues } from "@/lib/listings/listing-schema";
import { memberRoles, requireTeamManager } from "./team-access";
import { getTranslations } from "next-intl/server";
import { access, defineOperation } from "@/lib/gate";
import { publicLink } from "@/lib/public-url";

export const INVITATION_DAYS = 7;

export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("email")),
  role: z.enum(memberRoles, "invalid"),
});

export interface InviteMember {
  organisationId: number;
  actorId: number;
  email: string;
  role: string;
  /** The mail to send, given the invitation's id (the accept link names it). */
  compose: (invitationId: number) => { subject: string; body: string };
}

export async function inviteMember(db: Db, input: InviteMember): Promise<{ invitationId: number }> {
  const parsed = inviteSchema.safeParse({ email: input.email, role: input.role });
  if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error));
  const { email, role } = parsed.data;

  return db.transaction(async (tx) => {
    const actorRole = await requireTeamManager(tx, input.organisationId, input.actorId);
    if (role === "owner" && actorRole !== "owner") throw new ConflictError("ownerOnly");
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, input.organisationId), sql`lower(${users.email}) = ${email}`));
    if (member) throw new ValidationError([{ path: ["email"], key: "alreadyMember" }]);

    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
    const [renewed] = await tx
      .update(invitations)
      .set({ role, expiresAt, inviterId: input.actorId, createdAt: new Date() })
      .where(and(eq(invitations.organizationId, input.organisationId), eq(invitations.email, email), eq(invitations.status, "pending")))
      .returning({ id: invitations.id });
    const invitationId =
      renewed?.id ??
      (await tx
        .insert(invitations)
        .values({ organizationId: input.organisationId, email, role, status: "pending", expiresAt, inviterId: input.actorId })
        .returning({ id: invitations.id }))[0].id;
    const mail = input.compose(invitationId);
    await tx.insert(outboxEmails).values({ to: email, subject: mail.subject, body: mail.body });
    return { invitationId };
  });
}

/** Through the gate: an owner or admin invites someone; the mail's link comes from the configured public URL only. */
export const inviteMemberOp = defineOperation({
  name: "factories.inviteMember",
  access: access.member("factory"),
  input: z.object({ email: z.string().max(254), role: z.string().max(20) }),
  rateLimit: { capacity: 30, refillSeconds: 600 },
  run: async ({ db, caller, locale }, { email, role }) => {
    const t = await getTranslations({ locale, namespace: "Team" });
    const factory = caller.organisation.name;
    await inviteMember(db, {
      organisationId: caller.organisation.organisationId,
      actorId: caller.user.id,
      email,
      role,
      compose: (id) => ({
        subject: t("email.subject", { factory }),
        body: t("email.body", { inviter: caller.user.name, factory, link: publicLink(`/${locale}/factory-invitations/${id}`), days: INVITATION_DAYS }),
      }),
    });
    return { email: email.trim().toLowerCase() };
  },
});
