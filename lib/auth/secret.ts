// The secret that signs session cookies. Production sets BETTER_AUTH_SECRET; a fresh checkout
// gets a random one kept in `.auth-secret`, so `npm run dev` needs no setup and sessions survive
// restarts.
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

export function authSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (cached) return cached;
  const file = join(process.cwd(), ".auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    cached = randomBytes(32).toString("base64url");
    writeFileSync(file, cached, { mode: 0o600, flag: "wx" });
  }
  return cached;
}
