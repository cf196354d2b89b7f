// API keys: `hz_test_…` / `hz_live_…` + 32 random bytes (base62-ish), shown once, stored as SHA-256.
import { createHash, randomBytes } from "node:crypto";
import type { ApiScope } from "@/lib/gate";

export const API_SCOPES = ["catalog:read", "orders:write", "webhooks:manage"] as const satisfies readonly ApiScope[];
export type KeyMode = "test" | "live";
export const KEY_MODES = ["test", "live"] as const;

const KEY_PATTERN = /^hz_(test|live)_[A-Za-z0-9]{40}$/;

export const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

export function newKey(mode: KeyMode): { key: string; prefix: string; hash: string } {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const body = [...randomBytes(40)].map((b) => alphabet[b % 62]).join("");
  const key = `hz_${mode}_${body}`;
  return { key, prefix: key.slice(0, 12), hash: hashKey(key) };
}

/** The mode a well-formed key names, or null for anything that is not one of our keys. */
export function keyMode(key: string): KeyMode | null {
  const match = KEY_PATTERN.exec(key);
  return match ? (match[1] as KeyMode) : null;
}
