// Issue 9's findings on accounts, organisations and payments, each reproduced from outside: the
// Better Auth endpoints under /api/auth, the public payment webhook, reset links and user fields.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import Stripe from "stripe";
import { createAuth, type Auth } from "@/lib/auth/auth";
import { memberships, organisations, outboxEmails, payments, users, verifications } from "@/db/schema";
import { publicOrigin } from "@/lib/public-url";
import { grantPlatformMembership } from "@/lib/admin/grant-platform-membership";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let auth: Auth;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  // The app's own getDb()/getAuth() (used by the route handlers) answer with this database.
  (globalThis as { haozaoDatabase?: unknown }).haozaoDatabase = Promise.resolve(database);
  (globalThis as { haozaoAuth?: unknown }).haozaoAuth = undefined;
  auth = createAuth(database.db);
});
afterAll(async () => database?.close());

const cookieOf = (headers: Headers) =>
  headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

async function signUp(email: string) {
  const result = await auth.api.signUpEmail({ body: { email, password: "correct horse battery", name: "Mallory" } as never, returnHeaders: true });
  return cookieOf(result.headers);
}

const authRoute = () => import("@/app/api/auth/[...all]/route");
const call = async (method: "GET" | "POST", path: string, cookie: string, body?: unknown) => {
  const route = await authRoute();
  const request = new Request(`http://localhost:3000${path}`, {
    method,
    headers: { "content-type": "application/json", cookie, origin: "http://localhost:3000" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return route[method](request, { params: Promise.resolve({ all: path.split("/").slice(3) }) });
};

describe("finding 1: organisation kind and role are ours alone", () => {
  it("refuses a fresh sign-up creating a platform organisation through /api/auth/organization/create", async () => {
    const cookie = await signUp("mallory@example.com");
    const response = await call("POST", "/api/auth/organization/create", cookie, { name: "Pwned", slug: "pwned", kind: "platform" });
    expect(response.status).toBe(404);
    expect(await database.db.select().from(organisations).where(eq(organisations.slug, "pwned"))).toHaveLength(0);
    expect(await database.db.select().from(organisations).where(eq(organisations.kind, "platform"))).toHaveLength(1);
  });

  it("refuses a factory owner changing its organisation's kind or a member's role over HTTP", async () => {
    const signIn = await auth.api.signInEmail({ body: { email: "factory@haozao.test", password: "haozao-demo" }, returnHeaders: true });
    const cookie = cookieOf(signIn.headers);
    const [own] = await database.db
      .select({ id: organisations.id })
      .from(organisations)
      .innerJoin(memberships, eq(memberships.organizationId, organisations.id))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, "factory@haozao.test"));
    for (const [path, body] of [
      ["/api/auth/organization/update", { organizationId: String(own.id), data: { kind: "platform" } }],
      ["/api/auth/organization/update-member-role", { memberId: "1", role: "owner", organizationId: String(own.id) }],
      ["/api/auth/update-user", { currency: "ZZZ", image: "javascript:alert(1)" }],
      ["/api/auth/sign-up/email", { email: "x@example.com", password: "correct horse battery", name: "x".repeat(1_000_000) }],
    ] as const) {
      expect((await call("POST", path, cookie, body)).status, path).toBe(404);
    }
    const [after] = await database.db.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, own.id));
    expect(after.kind).toBe("factory");
  });

  it("still answers the session endpoint", async () => {
    const cookie = await signUp("reader@example.com");
    const response = await call("GET", "/api/auth/get-session", cookie);
    expect(response.status).toBe(200);
    expect((await response.json()).user.email).toBe("reader@example.com");
  });

  it("grants platform membership only through the admin:grant operation", async () => {
    await signUp("ops@example.com");
    const result = await grantPlatformMembership(database.db, "OPS@example.com");
    expect(result.created).toBe(true);
    const [member] = await database.db.select().from(memberships).where(and(eq(memberships.userId, result.userId), eq(memberships.organizationId, result.organisationId)));
    expect(member.role).toBe("owner");
    expect((await grantPlatformMembership(database.db, "ops@example.com")).created).toBe(false);
  });
});

describe("finding 11: Better Auth refuses fields our forms refuse", () => {
  it("refuses a currency or locale outside our lists, a 1 MB name and a javascript: image", async () => {
    const bodies = [
      { email: "c1@example.com", currency: "ZZZ" },
      { email: "c2@example.com", locale: "xx" },
      { email: "c3@example.com", name: "n".repeat(1_000_000) },
      { email: "c4@example.com", image: "javascript:alert(1)" },
    ];
    for (const body of bodies) {
      await expect(
        auth.api.signUpEmail({ body: { password: "correct horse battery", name: "Fine", ...body } as never }),
        JSON.stringify(body).slice(0, 60),
      ).rejects.toMatchObject({ status: "BAD_REQUEST" });
      expect(await database.db.select().from(users).where(eq(users.email, body.email))).toHaveLength(0);
    }
  });

  it("refuses the same fields on a profile update", async () => {
    const cookie = await signUp("profile@example.com");
    await expect(auth.api.updateUser({ body: { image: "javascript:alert(1)" } as never, headers: new Headers({ cookie }) })).rejects.toMatchObject({ status: "BAD_REQUEST" });
    await expect(auth.api.updateUser({ body: { currency: "ZZZ" } as never, headers: new Headers({ cookie }) })).rejects.toMatchObject({ status: "BAD_REQUEST" });
    const [user] = await database.db.select().from(users).where(eq(users.email, "profile@example.com"));
    expect(user.currency).toBe("USD");
    expect(user.image).toBeNull();
  });
});

describe("finding 3: reset links from the configured public URL, one use ends all", () => {
  it("builds the link from PUBLIC_URL whatever origin the request named", async () => {
    await signUp("reset@example.com");
    await auth.api.requestPasswordReset({ body: { email: "reset@example.com", redirectTo: "https://evil.example/fr/reset-password" } });
    const [mail] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.to, "reset@example.com"));
    expect(mail.body).not.toContain("evil.example");
    expect(mail.body).toContain(`${publicOrigin()}/fr/reset-password?token=`);
  });

  it("ends every other outstanding reset token once one is used", async () => {
    await signUp("twice@example.com");
    for (let i = 0; i < 2; i++) await auth.api.requestPasswordReset({ body: { email: "twice@example.com", redirectTo: "/en/reset-password" } });
    const mails = await database.db.select().from(outboxEmails).where(eq(outboxEmails.to, "twice@example.com")).orderBy(outboxEmails.id);
    const tokens = mails.map((m) => decodeURIComponent(/token=(\S+)/.exec(m.body)![1]));
    expect(tokens).toHaveLength(2);
    await auth.api.resetPassword({ body: { token: tokens[1], newPassword: "a new long password" } });
    await expect(auth.api.resetPassword({ body: { token: tokens[0], newPassword: "an attacker password" } })).rejects.toMatchObject({ status: "BAD_REQUEST" });
    const [user] = await database.db.select().from(users).where(eq(users.email, "twice@example.com"));
    expect(await database.db.select().from(verifications).where(and(like(verifications.identifier, "reset-password:%"), eq(verifications.value, String(user.id))))).toHaveLength(0);
  });
});

describe("finding 2: payment webhooks cannot be forged", () => {
  const stripe = new Stripe("sk_test_offline");
  const event = (paymentId: number) =>
    JSON.stringify({
      id: `evt_forged_${paymentId}`,
      object: "event",
      type: "checkout.session.completed",
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: "cs_x", object: "checkout.session", amount_total: 1, currency: "usd", payment_status: "paid", status: "complete", metadata: { paymentId: String(paymentId) } } },
    });

  it("answers 404 to an event signed with the secret that used to be in the source, and marks nothing paid", async () => {
    const [pending] = await database.db.select().from(payments).where(eq(payments.status, "pending")).limit(1);
    const payload = event(pending?.id ?? 1);
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_haozao_test_provider_local_only" });
    const { POST } = await import("@/app/api/stripe/webhook/route");
    const response = await POST(new Request("http://localhost:3000/api/stripe/webhook", { method: "POST", headers: { "stripe-signature": signature }, body: payload }), { params: Promise.resolve({}) });
    expect(response.status).toBe(404);
    if (pending) expect((await database.db.select().from(payments).where(eq(payments.id, pending.id)))[0].status).toBe("pending");
  });

  it("refuses a correctly signed event timestamped in the future", async () => {
    const { handleStripeWebhook } = await import("@/lib/payments/handle-webhook");
    const secret = "whsec_configured_for_this_test";
    const payload = event(999_999);
    const future = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) + 3600 });
    await expect(handleStripeWebhook(database.db, payload, future, secret)).rejects.toThrow(/tolerance|timestamp/i);
    const now = stripe.webhooks.generateTestHeaderString({ payload, secret });
    await expect(handleStripeWebhook(database.db, payload, now, secret)).resolves.toMatch(/processed|ignored/);
  });
});

describe("findings 4 and 5: auth failures are field messages, the sign-in limit counts them per address and account", () => {
  const attempt = async (ip: string, password: string) => {
    const { runOperation } = await import("@/lib/gate/operation");
    const { signInOp } = await import("@/lib/auth/sign-in");
    const { errorCode } = await import("@/lib/errors");
    try {
      await runOperation(signInOp, { type: "anonymous", ip }, { email: "limit@example.com", password }, { db: database.db, locale: "en" });
      return "ok";
    } catch (error) {
      const code = errorCode(error);
      if (!code) throw error;
      return code === "validation" ? `validation:${(error as { issues: { path: string[]; key: string }[] }).issues.map((i) => `${i.path.join(".")}=${i.key}`).join(",")}` : code;
    }
  };

  it("answers a wrong password as a message on the password field, and refuses the 6th try within a minute even with the right password", async () => {
    await signUp("limit@example.com");
    const results: string[] = [];
    for (let i = 0; i < 5; i++) results.push(await attempt("192.0.2.10", "wrong password"));
    expect(results).toEqual(Array(5).fill("validation:password=invalidCredentials"));
    expect(await attempt("192.0.2.10", "correct horse battery")).toBe("rate_limited");
    // Another address is counted apart (colleagues behind another office line are not locked out).
    expect(await attempt("192.0.2.11", "correct horse battery")).toBe("ok");
  });

  it("keys the limit by the socket address: a forged X-Forwarded-For changes nothing", async () => {
    const { clientAddress } = await import("@/lib/gate/client-address");
    const forged = (xff: string) => new Headers({ "x-haozao-socket-address": "198.51.100.20", "x-forwarded-for": xff });
    const keys = new Set(["1.1.1.1", "2.2.2.2", "10.0.0.1, 3.3.3.3"].map((xff) => clientAddress(forged(xff))));
    expect([...keys]).toEqual(["198.51.100.20"]);
    // Without our server's header (a server started some other way) everyone shares one key: strict, never open.
    expect(clientAddress(new Headers({ "x-forwarded-for": "4.4.4.4" }))).toBe("unknown");
  });

  it("answers a taken e-mail at sign-up on the e-mail field, and a used reset token as a form message", async () => {
    const { runOperation } = await import("@/lib/gate/operation");
    const { signUpOp } = await import("@/lib/auth/sign-up");
    const { resetPasswordOp } = await import("@/lib/auth/reset-password");
    const context = { db: database.db, locale: "en" as const };
    const taken = await runOperation(signUpOp, { type: "anonymous", ip: "192.0.2.30" }, { name: "Ana", email: "limit@example.com", password: "correct horse battery", country: "DE", currency: "EUR" }, context).catch((e) => e);
    expect(taken).toMatchObject({ code: "validation", issues: [{ path: ["email"], key: "emailTaken" }] });
    const used = await runOperation(resetPasswordOp, { type: "anonymous", ip: "192.0.2.31" }, { token: "not-a-token", newPassword: "a new long password", confirmPassword: "a new long password" }, context).catch((e) => e);
    expect(used).toMatchObject({ code: "validation", issues: [{ path: [], key: "resetLinkInvalid" }] });
  });
});

describe("finding 11: an invitation shows nothing to anyone but the invited address", () => {
  it("answers a guessed id with nothing signed out and 404 for another address", async () => {
    const { runOperation } = await import("@/lib/gate/operation");
    const { viewInvitationOp } = await import("@/lib/factories/find-invitation");
    const { inviteMember } = await import("@/lib/factories/invite-member");
    const { membershipsOf } = await import("@/lib/gate/actor");
    const [owner] = await database.db.select().from(users).where(eq(users.email, "factory@haozao.test"));
    const [membership] = await membershipsOf(database.db, owner.id);
    const { invitationId } = await inviteMember(database.db, {
      organisationId: membership.organisationId,
      actorId: owner.id,
      email: "invited@example.com",
      role: "member",
      compose: () => ({ subject: "s", body: "b" }),
    });
    const context = { db: database.db, locale: "en" as const };
    const actorFor = async (email: string) => {
      const [user] = await database.db.select().from(users).where(eq(users.email, email));
      return { type: "user" as const, ip: "x", user: { ...user, role: user.role, activeOrganisationId: null }, memberships: [] };
    };
    const anonymous = await runOperation(viewInvitationOp, { type: "anonymous", ip: "x" }, { id: String(invitationId) }, context);
    expect(anonymous).toEqual({ visible: false, id: invitationId });
    expect(JSON.stringify(anonymous)).not.toContain(membership.name);
    await signUp("nosy@example.com");
    await expect(runOperation(viewInvitationOp, (await actorFor("nosy@example.com")) as never, { id: String(invitationId) }, context)).rejects.toMatchObject({ code: "not_found" });
    await signUp("invited@example.com");
    const invited = await runOperation(viewInvitationOp, (await actorFor("invited@example.com")) as never, { id: String(invitationId) }, context);
    expect(invited).toMatchObject({ visible: true, invitation: { id: invitationId, state: "pending" } });
  });
});
