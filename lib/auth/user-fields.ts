// The fields of a user row, checked whatever writes them (sign-up, profile, any Better Auth
// endpoint): the same lists and lengths as our forms (lib/auth/schemas.ts).
import { locales } from "@/i18n/locales";
import { currencies } from "@/lib/money/currencies";

const LIMITS: Record<string, number> = { name: 120, email: 254, company: 160 };

/** The first field that our forms would refuse, or null. */
export function checkUserFields(user: Record<string, unknown>): string | null {
  for (const [field, max] of Object.entries(LIMITS)) {
    const value = user[field];
    if (value != null && (typeof value !== "string" || value.length > max || /\u0000/.test(value))) return field;
  }
  if (user.currency != null && !(currencies as readonly string[]).includes(String(user.currency))) return "currency";
  if (user.locale != null && !(locales as readonly string[]).includes(String(user.locale))) return "locale";
  if (user.country != null && !/^[A-Z]{2}$/.test(String(user.country))) return "country";
  if (user.image != null && user.image !== "") {
    // Only https images (no javascript:, data: or other schemes); our own pages never set one.
    try {
      if (new URL(String(user.image)).protocol !== "https:") return "image";
    } catch {
      return "image";
    }
  }
  return null;
}
