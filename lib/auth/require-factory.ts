// The factory portal's gate: a signed-in member of a factory organisation. Every portal page and
// action calls it and scopes what it reads and writes by `factoryId`; anyone else gets a 404.
import "server-only";
import type { Locale } from "@/i18n/locales";
import { currentMember, requireMember } from "./require-member";

export async function requireFactory(locale: Locale, returnTo: string) {
  const member = await requireMember(locale, "factory", returnTo);
  return { ...member, factoryId: member.organisationId };
}

/** For server actions: the factory member, or null (the action then refuses). */
export async function currentFactory() {
  const member = await currentMember("factory");
  return member ? { ...member, factoryId: member.organisationId } : null;
}
