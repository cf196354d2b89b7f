// The request gate's core: access by actor, input checks before any domain code, coded errors,
// and token buckets shared through PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/gate/actor";
import { access } from "@/lib/gate/access";
import { defineOperation, runOperation } from "@/lib/gate/operation";
import { zId } from "@/lib/gate/schemas";
import { peekBucket, takeToken } from "@/lib/gate/rate-limit";
import { errorCode } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";
import { eq } from "drizzle-orm";
import { apiKeys, organisations } from "@/db/schema";
import { createApiKey } from "@/lib/partners/create-api-key";
import { resolveApiKeyTakingToken } from "@/lib/partners/resolve-api-key";
import { revokeApiKey } from "@/lib/partners/revoke-api-key";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
});
afterAll(async () => database?.close());

const user = (memberships: Extract<Actor, { type: "user" }>["memberships"] = []): Actor => ({
  type: "user",
  ip: "127.0.0.1",
  user: { id: 7, email: "a@b.test", name: "A", role: "buyer", company: null, country: null, locale: "en", currency: "USD", activeOrganisationId: null },
  memberships,
});
const anonymous: Actor = { type: "anonymous", ip: "127.0.0.1" };
const factoryOp = defineOperation({
  name: "test.factoryEcho",
  access: access.member("factory"),
  input: z.object({ id: zId, note: z.string().max(10).optional() }),
  run: async ({ caller }, input) => ({ factory: caller.organisation.organisationId, ...input }),
});

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return errorCode(error) ?? `bug: ${String(error)}`;
  }
}

describe("the gate", () => {
  it("runs an operation for a member of the right kind of organisation, with parsed input", async () => {
    const caller = user([{ organisationId: 3, kind: "factory", role: "owner", name: "F" }]);
    await expect(runOperation(factoryOp, caller, { id: "42" }, { db: database.db, locale: "en" })).resolves.toEqual({ factory: 3, id: 42 });
  });

  it("refuses the signed out (unauthenticated) and other roles (not found, never forbidden)", async () => {
    expect(await codeOf(runOperation(factoryOp, anonymous, { id: "1" }, { db: database.db, locale: "en" }))).toBe("unauthenticated");
    const agent = user([{ organisationId: 4, kind: "agent", role: "owner", name: "A" }]);
    expect(await codeOf(runOperation(factoryOp, agent, { id: "1" }, { db: database.db, locale: "en" }))).toBe("not_found");
  });

  it("answers a validation error, never a fault, for ids beyond int32, NUL bytes, broken characters and wrong types", async () => {
    const caller = user([{ organisationId: 3, kind: "factory", role: "owner", name: "F" }]);
    for (const raw of [
      { id: "2147483648" },
      { id: "99999999999999999999" },
      { id: "-1" },
      { id: "1.5" },
      { id: "1", note: "a\u0000b" },
      { id: "1", note: "\uD800x" },
      { id: ["1", "2"] },
      { id: { $gt: 1 } },
      null,
      "x".repeat(1_000_000),
    ]) {
      expect(await codeOf(runOperation(factoryOp, caller, raw, { db: database.db, locale: "en" })), JSON.stringify(raw)?.slice(0, 40)).toBe("validation");
    }
  });

  it("shares a token bucket through the database: a burst of the capacity, then refused with a wait", async () => {
    const bucket = { capacity: 3, refillSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 5 }, () => takeToken(database.db, "test:burst", bucket)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
    const refused = results.find((r) => !r.allowed)!;
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(20);
    expect((await peekBucket(database.db, "test:burst", bucket)).allowed).toBe(false);
    expect((await peekBucket(database.db, "test:other", bucket)).remaining).toBe(3);
  });

  it("rate-limits an operation per caller", async () => {
    const limited = defineOperation({
      name: "test.limited",
      access: access.public,
      input: z.object({}),
      rateLimit: { capacity: 2, refillSeconds: 60 },
      run: async () => "done",
    });
    const ctx = { db: database.db, locale: "en" as const };
    const a: Actor = { type: "anonymous", ip: "10.0.0.1" };
    expect(await codeOf(runOperation(limited, a, {}, ctx))).toBe("ok");
    expect(await codeOf(runOperation(limited, a, {}, ctx))).toBe("ok");
    expect(await codeOf(runOperation(limited, a, {}, ctx))).toBe("rate_limited");
    expect(await codeOf(runOperation(limited, { type: "anonymous", ip: "10.0.0.2" }, {}, ctx))).toBe("ok");
  });

  it("resolves a partner key and takes a token from its bucket in one statement, and nothing for a revoked key", async () => {
    const db = database.db;
    const [partner] = await db.insert(organisations).values({ kind: "partner", slug: `p-${Date.now()}`, name: "P" }).returning();
    const { key, id } = await createApiKey(db, partner.id, null, { name: "k", scopes: ["catalog:read"], mode: "test", ratePerMinute: 3 });
    const results = await Promise.all(Array.from({ length: 5 }, () => resolveApiKeyTakingToken(db, key, "10.0.0.9")));
    expect(results.every((r) => r?.actor.organisationId === partner.id && r.actor.scopes.includes("catalog:read"))).toBe(true);
    expect(results.filter((r) => r!.bucket.allowed)).toHaveLength(3);
    expect(results.map((r) => r!.bucket.remaining).sort()).toEqual([0, 0, 0, 1, 2]);
    expect(results.find((r) => !r!.bucket.allowed)!.bucket.retryAfter).toBeGreaterThan(0);
    const [row] = await db.select({ lastUsedAt: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, id));
    expect(row.lastUsedAt).not.toBeNull();
    // Another key of the same partner has a bucket of its own.
    const other = await createApiKey(db, partner.id, null, { name: "k2", scopes: ["catalog:read"], mode: "test", ratePerMinute: 3 });
    expect((await resolveApiKeyTakingToken(db, other.key, "10.0.0.9"))!.bucket).toMatchObject({ allowed: true, remaining: 2 });
    await revokeApiKey(db, partner.id, id);
    expect(await resolveApiKeyTakingToken(db, key, "10.0.0.9")).toBeNull();
    expect(await resolveApiKeyTakingToken(db, "hz_test_not-a-key", "10.0.0.9")).toBeNull();
  });
});
