// Revokes a key of the caller's organisation (another organisation's key id: not found).
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { apiKeys } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

export async function revokeApiKey(db: DbOrTx, partnerId: number, keyId: number): Promise<void> {
  const [key] = await db.select({ id: apiKeys.id }).from(apiKeys).where(and(eq(apiKeys.id, keyId), eq(apiKeys.partnerId, partnerId)));
  if (!key) throw new NotFoundError("apiKey", keyId);
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)));
}
