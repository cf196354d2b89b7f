// A partner organisation's orders need a buyer row (orders.buyer_id): one service user per partner,
// with no credentials (it can never sign in), so buyer pages and their queries are unaffected.
import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { users } from "@/db/schema";

export const serviceUserEmail = (partnerId: number) => `api+${partnerId}@partners.haozao.invalid`;

export async function partnerServiceUser(db: DbOrTx, partnerId: number): Promise<number> {
  const email = serviceUserEmail(partnerId);
  const [found] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (found) return found.id;
  await db.insert(users).values({ email, name: `Partner API ${partnerId}`, role: "partner" }).onConflictDoNothing();
  const [created] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return created.id;
}
