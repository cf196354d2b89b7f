import "server-only";
// "Translate" on a message of an RFQ thread (issue 11), both ways: the factory reads the buyer's
// message in Chinese, the buyer reads the factory's in their own language. With a translation engine
// (LIBRETRANSLATE_URL) any pair; offline only Chinese -> English exists, as a word-by-word dictionary
// gloss, and the answer says so (`rough`) or that the pair is not available (`unavailable`).
// Only the RFQ's buyer, or a member of its factory, may ask; anyone else gets "not found".
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { rfqMessages, rfqs, users } from "@/db/schema";
import { isLocale, type Locale } from "@/i18n/locales";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { fullTextTranslation, getTranslationProvider } from "@/lib/translate/get-translation-provider";
import { createDictionaryProvider } from "@/lib/translate/offline/dictionary-provider";
import type { TranslationProvider } from "@/lib/translate/types";

export type MessageTranslation =
  | { status: "translated"; text: string; from: Locale; to: Locale; rough: boolean }
  | { status: "unavailable"; from: Locale; to: Locale };

export interface TranslateMessageParty {
  userId: number;
  factoryIds: number[];
  /** The reader's language (the page's locale). */
  locale: Locale;
}

let offline: ReturnType<typeof createDictionaryProvider> | null = null;

export async function translateRfqMessage(
  db: DbOrTx,
  party: TranslateMessageParty,
  messageId: number,
  engine: { full: boolean; provider: TranslationProvider } = { full: fullTextTranslation(), provider: getTranslationProvider() },
): Promise<MessageTranslation> {
  const [row] = await db
    .select({ message: rfqMessages, rfq: rfqs, buyerLocale: users.locale })
    .from(rfqMessages)
    .innerJoin(rfqs, eq(rfqs.id, rfqMessages.rfqId))
    .innerJoin(users, eq(users.id, rfqs.buyerId))
    .where(and(eq(rfqMessages.id, messageId)));
  const mayRead = row && (row.rfq.buyerId === party.userId || party.factoryIds.includes(row.rfq.factoryId));
  if (!row || !mayRead) throw new NotFoundError("rfq message", messageId);
  // Factories write Chinese; a buyer writes in the language of their profile.
  const from: Locale = row.message.side === "factory" ? "zh" : isLocale(row.buyerLocale) ? row.buyerLocale : "en";
  const to: Locale = party.locale === from ? (from === "zh" ? "en" : "zh") : party.locale;
  if (engine.full) {
    const [text] = await engine.provider.translate([row.message.body], from, to);
    return text ? { status: "translated", text, from, to, rough: false } : { status: "unavailable", from, to };
  }
  if (from !== "zh" || to !== "en") return { status: "unavailable", from, to };
  offline ??= createDictionaryProvider();
  const gloss = await offline.translateOne(row.message.body);
  return gloss.text ? { status: "translated", text: gloss.text, from, to, rough: true } : { status: "unavailable", from, to };
}

export const translateRfqMessageOp = defineOperation({
  name: "rfqs.translateMessage",
  access: access.user,
  input: z.object({ messageId: zId }),
  rateLimit: { capacity: 60, refillSeconds: 60 },
  run: ({ db, caller, locale }, { messageId }) =>
    translateRfqMessage(db, { userId: caller.user.id, factoryIds: caller.memberships.filter((m) => m.kind === "factory").map((m) => m.organisationId), locale }, messageId),
});
