// The boundary suite (issue 9): every operation registered with the gate, every "use server" export
// and every route handler, called signed out, with the wrong role, with other tenants' ids and with a
// corpus of bad input. Nothing may answer with a fault (a 5xx), and no answer may carry another
// tenant's data. A new action or route that does not go through the gate fails this suite.
//
// Conventions it relies on (for everyone adding actions and routes):
// - operations are defined with defineOperation() in lib/**; this file imports every such module;
// - server actions live in "use server" files (components/<feature>/actions.ts), every export made
//   by formAction / submitAction / dataAction / issuesAction (they carry the GATED marker);
// - route handlers (app/**/route.ts) export routeHandler(op) or gatedRoute(name, fn).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { memberships, organisations, users } from "@/db/schema";
import type { Actor } from "@/lib/gate/actor";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

const state = vi.hoisted(() => ({ actor: { type: "anonymous", ip: "203.0.113.1" } as unknown }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-haozao-socket-address": "203.0.113.1" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {}, getAll: () => [] }),
}));
vi.mock("next/cache", () => ({
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  revalidatePath: vi.fn(),
  // Cached reads run uncached here: 'use cache' is a plain string outside Next.
  unstable_cache: (fn: () => unknown) => fn,
  cacheTag: vi.fn(),
  cacheLife: vi.fn(),
}));
vi.mock("@/lib/action-locale", () => ({ actionLocale: async () => "en" }));
vi.mock("@/lib/gate/resolve-actor", () => ({
  requestActor: async () => state.actor,
  actorFromHeaders: async () => state.actor,
}));

const ROOT = path.resolve(import.meta.dirname, "../..");
const GATED = Symbol.for("haozao.gated");
const GATED_KIND = Symbol.for("haozao.gated.kind");
const INT_BEYOND = ["2147483648", "99999999999999999999", 2 ** 53];

function files(dir: string, test: (file: string) => boolean): string[] {
  const root = path.join(ROOT, dir);
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).map((f) => path.join(root, f)).filter((f) => fs.statSync(f).isFile() && test(f));
}
const source = (file: string) => fs.readFileSync(file, "utf8");
const isCode = (f: string) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".d.ts");

const operationModules = files("lib", (f) => isCode(f) && source(f).includes("defineOperation("));
const actionModules = [...files("app", isCode), ...files("components", isCode), ...files("lib", isCode)].filter((f) => /^\s*["']use server["']/.test(source(f)));
const routeModules = files("app", (f) => /[/\\]route\.tsx?$/.test(f));

/** Bad values for one field. */
const BAD_VALUES: unknown[] = [
  null,
  "",
  "x".repeat(1_000_000),
  "a\u0000b",
  "\u202Eevil\u202C",
  "\uD800",
  ...INT_BEYOND,
  "-1",
  -1,
  "1.5",
  1.5,
  0,
  [],
  ["1", "2"],
  { $gt: 1 },
  "{bad json",
];
/** Bad whole inputs. */
const BAD_INPUTS: unknown[] = [undefined, null, "junk", [], 42, "x".repeat(1_000_000), { "\u0000": 1 }];

function fieldsOf(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; def?: { left?: unknown; right?: unknown; in?: unknown } };
  if (s?.shape) return Object.keys(s.shape);
  if (s?.def?.left || s?.def?.right) return [...fieldsOf(s.def.left), ...fieldsOf(s.def.right)];
  if (s?.def?.in) return fieldsOf(s.def.in);
  return [];
}

let database: TestDatabase;
const identities: { name: string; actor: Actor }[] = [];
/** Strings that belong to some tenant: an answer to anyone else must not contain them. */
const owned: { owner: string; text: string }[] = [];

async function userActor(email: string): Promise<Actor> {
  const { membershipsOf } = await import("@/lib/gate/actor");
  const [user] = await database.db.select().from(users).where(eq(users.email, email));
  return {
    type: "user",
    ip: `198.51.100.${user.id % 250}`,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, company: user.company, country: user.country, locale: user.locale, currency: user.currency, activeOrganisationId: null },
    memberships: await membershipsOf(database.db, user.id),
  };
}

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  (globalThis as { haozaoDatabase?: unknown }).haozaoDatabase = Promise.resolve(database);
  (globalThis as { haozaoAuth?: unknown }).haozaoAuth = undefined;
  // A member of a second factory, to try the first one's ids.
  const [other] = await database.db.select().from(organisations).where(sql`${organisations.kind} = 'factory' and ${organisations.slug} <> (
    select o.slug from organisations o join memberships m on m.organisation_id = o.id join users u on u.id = m.user_id where u.email = 'factory@haozao.test' limit 1)`).limit(1);
  const [rival] = await database.db.insert(users).values({ email: "rival@boundary.test", name: "Rival", role: "factory" }).returning();
  await database.db.insert(memberships).values({ organizationId: other.id, userId: rival.id, role: "owner" });
  const [outsider] = await database.db.insert(users).values({ email: "outsider@boundary.test", name: "Outsider" }).returning();
  identities.push({ name: "signed out", actor: { type: "anonymous", ip: "203.0.113.7" } });
  for (const [name, email] of [
    ["buyer", "buyer@haozao.test"],
    ["factory", "factory@haozao.test"],
    ["other factory", rival.email],
    ["agent", "agent@haozao.test"],
    ["admin", "admin@haozao.test"],
    ["outsider", outsider.email],
  ] as const) {
    identities.push({ name, actor: await userActor(email) });
  }
  // The demo buyer's and the demo factory's private things.
  const buyerOrders = await database.db.execute(sql`select o.number from orders o join users u on u.id = o.buyer_id where u.email = 'buyer@haozao.test'`);
  for (const row of ((buyerOrders as unknown as { rows?: { number: string }[] }).rows ?? (buyerOrders as unknown as { number: string }[])) as { number: string }[]) {
    owned.push({ owner: "buyer", text: row.number });
  }
  owned.push({ owner: "buyer", text: "buyer@haozao.test" });
}, 900_000);
afterAll(async () => database?.close());

/**
 * The demo buyer's orders are placed at the demo agent's warehouses: that agent buys, receives and
 * ships them, so their numbers and the buyer's contact are its business (another agent's 404s are
 * tested in warehouse-chain.test.ts).
 */
const servedBy = (owner: string, identity: string) => owner === "buyer" && identity === "agent";

function leaksIn(identity: string, answer: unknown): string[] {
  if (answer === undefined || answer === null) return [];
  let text: string;
  try {
    text = typeof answer === "string" ? answer : JSON.stringify(answer, (_k, v) => (typeof v === "bigint" ? String(v) : ArrayBuffer.isView(v) ? "[bytes]" : v));
  } catch {
    return [];
  }
  return owned.filter((o) => o.owner !== identity && !servedBy(o.owner, identity) && text.includes(o.text)).map((o) => `${o.owner}:${o.text}`);
}

describe("the boundary", () => {
  it("finds every server action and route handler gated", { timeout: 300_000 }, async () => {
    const ungated: string[] = [];
    for (const file of actionModules) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== "function" || !(value as unknown as Record<symbol, unknown>)[GATED]) ungated.push(`${path.relative(ROOT, file)}: ${name}`);
      }
    }
    for (const file of routeModules) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]) {
        const value = mod[method];
        if (value !== undefined && !(value as Record<symbol, unknown>)[GATED]) ungated.push(`${path.relative(ROOT, file)}: ${method}`);
      }
    }
    expect(actionModules.length).toBeGreaterThan(5);
    expect(routeModules.length).toBeGreaterThan(5);
    expect(ungated, "exports that bypass the gate").toEqual([]);
  });

  it("answers every operation, for every caller and bad input, with a result or a coded refusal, and leaks nothing", async () => {
    for (const file of operationModules) await import(file);
    const { listOperations, runOperation } = await import("@/lib/gate/operation");
    const { authorize } = await import("@/lib/gate/access");
    const { errorCode } = await import("@/lib/errors");
    const operations = listOperations().filter((op) => !op.name.startsWith("test."));
    expect(operations.length).toBeGreaterThan(40);
    let calls = 0;
    const faults: string[] = [];
    const leaks: string[] = [];
    const started = Date.now();
    for (const op of operations) {
      const fields = fieldsOf(op.input);
      const inputs: unknown[] = [{}, ...BAD_INPUTS];
      for (const field of fields) {
        for (const bad of BAD_VALUES) inputs.push({ [field]: bad });
        // Other tenants' ids: the first rows of every table belong to someone.
        if (/id$/i.test(field) || field === "number") for (const id of ["1", "2", "3", "5", "8"]) inputs.push({ [field]: id });
      }
      for (const { name, actor } of identities) {
        let allowed = true;
        try {
          authorize(actor, op.access);
        } catch {
          allowed = false; // refused before the input is read: one call shows it
        }
        for (const input of allowed ? inputs : inputs.slice(0, 2)) {
          calls++;
          try {
            const answer = await runOperation(op, actor, structuredClone(input), { db: database.db, locale: "en", headers: new Headers() });
            for (const leak of leaksIn(name, answer)) leaks.push(`${op.name} as ${name}: ${leak}`);
          } catch (error) {
            if (!errorCode(error)) faults.push(`${op.name} as ${name} with ${JSON.stringify(input)?.slice(0, 80)}: ${String(error).slice(0, 200)}`);
          }
        }
      }
    }
    console.log(
      `[boundary] operations: ${operations.length} x identities: ${identities.length} x inputs (per operation, avg ${Math.round(calls / operations.length / identities.length)}) = ${calls} calls in ${Math.round((Date.now() - started) / 1000)} s; 5xx seen: ${faults.length}; leaks seen: ${leaks.length}`,
    );
    for (const line of [...new Set(faults)].slice(0, 40)) console.log(`[boundary] fault: ${line}`);
    for (const line of [...new Set(leaks)].slice(0, 20)) console.log(`[boundary] leak: ${line}`);
    expect(faults, "faults (would be 5xx)").toEqual([]);
    expect(leaks, "another tenant's data").toEqual([]);
  }, 900_000);

  it("answers every server action and route handler with bad input without a fault", async () => {
    let calls = 0;
    const faults: string[] = [];
    const forms: FormData[] = [new FormData()];
    for (const bad of ["x".repeat(1_000_000), "a\u0000b", "\u202E", "2147483648", "-1", "1.5", "{bad"]) {
      const form = new FormData();
      for (const field of ["id", "orderId", "listingId", "rfqId", "quoteId", "paymentId", "invitationId", "userId", "factoryId", "skuId", "quantity", "email", "password", "name", "body", "kind", "outcome"]) form.set(field, bad);
      forms.push(form);
    }
    const isFrameworkSignal = (error: unknown) => /NEXT_REDIRECT|NEXT_HTTP_ERROR|NEXT_NOT_FOUND/.test(String((error as { digest?: string })?.digest ?? error));
    for (const { name, actor } of identities) {
      state.actor = actor;
      for (const file of actionModules) {
        const mod = (await import(file)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
        for (const [exportName, action] of Object.entries(mod)) {
          const kind = (action as unknown as Record<symbol, string>)[GATED_KIND];
          const attempts: unknown[][] =
            kind === "form" ? forms.map((f) => [{ status: "idle", errors: {}, values: {} }, f])
            : kind === "submit" ? forms.map((f) => [f])
            : kind === "data" ? BAD_INPUTS.map((i) => [i])
            : [[], [null, null], [2147483648, { x: "a\u0000" }], [-1, "x".repeat(1_000_000)], [1.5, [1.5]]];
          for (const args of attempts) {
            calls++;
            try {
              await action(...args);
            } catch (error) {
              if (!isFrameworkSignal(error)) faults.push(`${path.relative(ROOT, file)} ${exportName} as ${name}: ${String(error).slice(0, 200)}`);
            }
          }
        }
      }
      for (const file of routeModules) {
        const mod = (await import(file)) as Record<string, (request: Request, context: unknown) => Promise<Response>>;
        for (const method of ["GET", "POST"]) {
          const handler = mod[method];
          if (!handler) continue;
          for (const [query, body, params] of [
            ["", undefined, {}],
            ["?id=2147483648&locale=xx&q=%00", undefined, { id: "2147483648", key: ["..", "x"], all: ["organization", "create"] }],
            ["?q=" + "x".repeat(5000), "{bad json", { id: "-1", key: ["rfq", "1"], all: ["sign-in", "email"] }],
            ["", "x".repeat(2_000_000), { id: "1", key: ["nothing"], all: ["get-session"] }],
          ] as const) {
            calls++;
            const request = new Request(`http://localhost:3000/x${query}`, {
              method,
              body: method === "POST" ? body : undefined,
              headers: { "content-type": body === "{bad json" ? "application/json" : "multipart/form-data; boundary=zz" },
            });
            try {
              const response = await handler(request, { params: Promise.resolve(params) });
              if (response.status >= 500) faults.push(`${path.relative(ROOT, file)} ${method} as ${name}: ${response.status}`);
            } catch (error) {
              if (!isFrameworkSignal(error)) faults.push(`${path.relative(ROOT, file)} ${method} as ${name} threw: ${String(error).slice(0, 200)}`);
            }
          }
        }
      }
    }
    for (const line of [...new Set(faults)].slice(0, 40)) console.log(`[boundary] fault: ${line}`);
    console.log(`[boundary] actions: ${actionModules.length} files, routes: ${routeModules.length} files, x identities: ${identities.length} = ${calls} calls; 5xx seen: ${faults.length}`);
    expect(faults, "faults (would be 5xx)").toEqual([]);
  }, 900_000);
});
