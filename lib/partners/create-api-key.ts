// Creates an API key for a partner organisation: the whole key is returned once, only its hash kept.
import "server-only";
import type { DbOrTx } from "@/db";
import { apiKeys } from "@/db/schema";
import type { ApiScope } from "@/lib/gate";
import { newKey, type KeyMode } from "./api-keys";

export interface CreateApiKeyInput {
  name: string;
  scopes: ApiScope[];
  mode: KeyMode;
  ratePerMinute?: number;
}

export async function createApiKey(db: DbOrTx, partnerId: number, createdBy: number | null, input: CreateApiKeyInput) {
  const { key, prefix, hash } = newKey(input.mode);
  const [row] = await db
    .insert(apiKeys)
    .values({ partnerId, name: input.name, prefix, hash, scopes: [...new Set(input.scopes)], mode: input.mode, ratePerMinute: input.ratePerMinute ?? 600, createdBy })
    .returning({ id: apiKeys.id, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt });
  return { ...row, key };
}
