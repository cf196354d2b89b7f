import "server-only";
// The account's role (buyer, agent, admin, ...), for where it lands after signing in.
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { UserRole } from "./session";

export async function userRole(userId: number): Promise<UserRole> {
  const [user] = await (await getDb()).select({ role: users.role }).from(users).where(eq(users.id, userId));
  return (user?.role ?? "buyer") as UserRole;
}
