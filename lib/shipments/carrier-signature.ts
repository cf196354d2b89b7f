// The carrier webhook's signature: HMAC-SHA256 of "<unix seconds>.<raw body>", at most 5 minutes old. Pure.
import { createHmac, timingSafeEqual } from "node:crypto";

export const signCarrierPayload = (secret: string, timestamp: number, body: string) =>
  `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;

export function verifyCarrierSignature(secret: string, header: string | null, body: string, now = Date.now()): boolean {
  const parts = Object.fromEntries((header ?? "").split(",").map((p) => p.trim().split("=") as [string, string]));
  const t = Number(parts.t);
  if (!Number.isSafeInteger(t) || !parts.v1 || Math.abs(now / 1000 - t) > 300) return false;
  const expected = Buffer.from(signCarrierPayload(secret, t, body).split("v1=")[1], "hex");
  const got = Buffer.from(parts.v1, "hex");
  return got.length === expected.length && timingSafeEqual(got, expected);
}
