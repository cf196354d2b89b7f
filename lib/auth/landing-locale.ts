import "server-only";
// Where a factory's people land after sign-in: their portal, in their profile's language (Chinese
// by default). Null for everyone else.
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { isLocale, type Locale } from "@/i18n/locales";
import { membershipOf } from "./require-member";

export async function factoryLandingLocale(userId: number): Promise<Locale | null> {
  if (!(await membershipOf(userId, "factory"))) return null;
  const [user] = await (await getDb()).select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return isLocale(user?.locale) ? user.locale : "zh";
}
