// A partner's webhook endpoints: registered (the signing secret shown once), listed, removed.
import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { webhookEndpoints } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { PartnerEventType } from "./events";

/** http(s) URLs only; in production, https and no loopback or private hosts. */
export function checkWebhookUrl(url: string, production = process.env.NODE_ENV === "production" && process.env.HAOZAO_ALLOW_LOCAL_WEBHOOKS !== "1"): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return false;
  if (!production) return true;
  const host = parsed.hostname;
  return parsed.protocol === "https:" && !/^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[?::1\]?$|0\.)/.test(host);
}

export async function createWebhookEndpoint(db: DbOrTx, partnerId: number, input: { url: string; events: PartnerEventType[]; mode: "test" | "live" }) {
  if (!checkWebhookUrl(input.url)) throw new ValidationError([{ path: ["body", "url"], key: "partnerWebhookUrl" }]);
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  const [row] = await db.insert(webhookEndpoints).values({ partnerId, url: input.url, events: [...new Set(input.events)], mode: input.mode, secret }).returning();
  return { id: row.id, url: row.url, events: row.events as PartnerEventType[], mode: row.mode as "test" | "live", secret, createdAt: row.createdAt.toISOString() };
}

export async function listWebhookEndpoints(db: DbOrTx, partnerId: number) {
  const rows = await db.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.partnerId, partnerId), isNull(webhookEndpoints.disabledAt))).orderBy(desc(webhookEndpoints.id));
  return rows.map((row) => ({ id: row.id, url: row.url, events: row.events as PartnerEventType[], mode: row.mode as "test" | "live", createdAt: row.createdAt.toISOString() }));
}

export async function deleteWebhookEndpoint(db: DbOrTx, partnerId: number, endpointId: number) {
  const done = await db
    .update(webhookEndpoints)
    .set({ disabledAt: new Date() })
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.partnerId, partnerId), isNull(webhookEndpoints.disabledAt)))
    .returning({ id: webhookEndpoints.id });
  if (done.length === 0) throw new NotFoundError("webhookEndpoint", endpointId);
}
