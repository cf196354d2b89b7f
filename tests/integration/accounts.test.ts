// Accounts through Better Auth on our own tables: sign-up, sign-in, sessions, reset by mail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createAuth, type Auth } from "@/lib/auth/auth";
import { accounts, outboxEmails, sessions, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let auth: Auth;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  auth = createAuth(database.db);
});
afterAll(async () => database?.close());

const cookieOf = (headers: Headers) =>
  headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

describe("accounts", () => {
  it("signs up a buyer with a memory-hard hash and a session stored in PostgreSQL", async () => {
    const result = await auth.api.signUpEmail({
      body: { email: "ana@example.com", password: "correct horse battery", name: "Ana", company: "Ana Shop", country: "ES", locale: "es", currency: "EUR" },
      returnHeaders: true,
    });
    const [user] = await database.db.select().from(users).where(eq(users.email, "ana@example.com"));
    expect(user).toMatchObject({ name: "Ana", role: "buyer", company: "Ana Shop", country: "ES", currency: "EUR" });
    const [credential] = await database.db.select().from(accounts).where(eq(accounts.userId, user.id));
    expect(credential.password).toMatch(/^scrypt\$32768\$8\$1\$/);
    const cookie = cookieOf(result.headers);
    expect(cookie).toContain("haozao.session_token=");
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(Number(session?.user.id)).toBe(user.id);
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);
  });

  it("refuses a role sent by the sign-up form", async () => {
    await auth.api.signUpEmail({ body: { email: "eve@example.com", password: "correct horse battery", name: "Eve", role: "admin" } as never }).catch(() => null);
    const [user] = await database.db.select().from(users).where(eq(users.email, "eve@example.com"));
    expect(user?.role ?? "buyer").toBe("buyer");
  });

  it("signs in the seeded demo buyer and refuses a wrong password", async () => {
    const ok = await auth.api.signInEmail({ body: { email: "buyer@haozao.test", password: "haozao-demo" }, returnHeaders: true });
    expect(cookieOf(ok.headers)).toContain("haozao.session_token=");
    await expect(auth.api.signInEmail({ body: { email: "buyer@haozao.test", password: "wrong-password" } })).rejects.toThrow();
  });

  it("rate-limits sign-in attempts through the HTTP endpoint", async () => {
    const attempt = () =>
      auth.handler(
        new Request("http://localhost:3000/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9", origin: "http://localhost:3000" },
          body: JSON.stringify({ email: "buyer@haozao.test", password: "wrong-password" }),
        }),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("resets a password through a mailed link, and the old sessions end", async () => {
    const before = await auth.api.signInEmail({ body: { email: "ana@example.com", password: "correct horse battery" }, returnHeaders: true });
    await auth.api.requestPasswordReset({ body: { email: "ana@example.com", redirectTo: "http://localhost:3000/es/reset-password" } });
    const [mail] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.to, "ana@example.com"));
    const link = /http:\/\/localhost:3000\/es\/reset-password\?token=(\S+)/.exec(mail.body);
    expect(link).not.toBeNull();
    await auth.api.resetPassword({ body: { token: decodeURIComponent(link![1]), newPassword: "a new long password" } });
    await expect(auth.api.signInEmail({ body: { email: "ana@example.com", password: "correct horse battery" } })).rejects.toThrow();
    await auth.api.signInEmail({ body: { email: "ana@example.com", password: "a new long password" } });
    const old = await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(before.headers) }) });
    expect(old).toBeNull();
  });
});
