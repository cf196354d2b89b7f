import "server-only";
// Platform membership (the operator's admin pages) is granted here only: by `npm run admin:grant
// -- EMAIL` or the seed, never over HTTP. The platform organisation is created on first use.
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { memberships, organisations, users } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

export async function grantPlatformMembership(db: DbOrTx, email: string): Promise<{ userId: number; organisationId: number; created: boolean }> {
  const [user] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  if (!user) throw new NotFoundError("user", email);
  let [platform] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.kind, "platform")).orderBy(organisations.id).limit(1);
  platform ??= (await db.insert(organisations).values({ kind: "platform", slug: "haozao", name: "Haozao" }).returning({ id: organisations.id }))[0];
  const [existing] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, platform.id), eq(memberships.userId, user.id)));
  if (existing) return { userId: user.id, organisationId: platform.id, created: false };
  await db.insert(memberships).values({ organizationId: platform.id, userId: user.id, role: "owner" });
  await db.update(users).set({ role: "admin" }).where(eq(users.id, user.id));
  return { userId: user.id, organisationId: platform.id, created: true };
}
