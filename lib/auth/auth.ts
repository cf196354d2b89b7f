// Accounts, sessions, password reset and organisations through Better Auth, on our own tables
// (db/schema/accounts.ts) with serial ids. Pages and actions call `getAuth()`; tests build one on
// their own database with `createAuth(db)`.
import "server-only";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { and, eq, like } from "drizzle-orm";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { type Db } from "@/db";
import { getDb } from "@/lib/db";
import { accounts, invitations, memberships, organisations, outboxEmails, sessions, users, verifications } from "@/db/schema";
import { env } from "@/lib/env";
import { publicLink } from "@/lib/public-url";
import { checkUserFields } from "./user-fields";
import { hashPassword, verifyPassword } from "./password";
import { authSecret } from "./secret";

export const SESSION_DAYS = 30;

export function createAuth(db: Db) {
  return betterAuth({
    appName: "Haozao",
    secret: authSecret(),
    baseURL: env.BETTER_AUTH_URL,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        organization: organisations,
        member: memberships,
        invitation: invitations,
      },
    }),
    advanced: { database: { generateId: "serial" }, cookiePrefix: "haozao" },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      // Our scrypt (N = 2^15, r = 8: 32 MiB per hash), memory-hard like Better Auth's default.
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(password, hash) },
      revokeSessionsOnPasswordReset: true,
      // A used reset link ends every other outstanding link of the account.
      onPasswordReset: async ({ user }) => {
        await db.delete(verifications).where(and(like(verifications.identifier, "reset-password:%"), eq(verifications.value, String(user.id))));
      },
      resetPasswordTokenExpiresIn: 60 * 60,
      // The link points at our localized page (the callback the form asked for) with the token.
      // The link is built from the configured public URL only (never the request's Host): the
      // callback the form asked for contributes nothing but its locale.
      sendResetPassword: async ({ user, url, token }) => {
        const callback = new URL(url, "http://localhost").searchParams.get("callbackURL") ?? "";
        const locale = /^(?:[a-z]+:\/\/[^/]+)?\/([a-z]{2})\/reset-password$/.exec(callback)?.[1] ?? "en";
        const link = publicLink(`/${locale}/reset-password?token=${encodeURIComponent(token)}`);
        await db.insert(outboxEmails).values({
          to: user.email,
          subject: "Reset your Haozao password",
          body: `Hello ${user.name},\n\nOpen this link within an hour to choose a new password:\n${link}\n\nIf you did not ask for it, ignore this mail.`,
        });
      },
    },
    user: {
      additionalFields: {
        // Never taken from a sign-up form: roles are granted by onboarding and admins.
        role: { type: "string", required: false, defaultValue: "buyer", input: false },
        company: { type: "string", required: false },
        country: { type: "string", required: false },
        locale: { type: "string", required: false, defaultValue: "en" },
        currency: { type: "string", required: false, defaultValue: "USD" },
      },
    },
    // Whatever calls Better Auth (our actions, or an endpoint left open), a user row never gets a
    // currency or locale outside our lists, an oversized name or a script URL as image.
    databaseHooks: {
      user: {
        create: { before: async (user) => guardUser(user) },
        update: { before: async (user) => guardUser(user) },
      },
    },
    session: { expiresIn: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    // Applies to requests through /api/auth/*; our sign-in action adds its own limit (lib/auth/sign-in.ts).
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 5 }, "/request-password-reset": { window: 60, max: 3 } },
    },
    plugins: [
      organization({
        // Organisations are created and their kind and roles changed only by our own operations
        // (lib/factories, the admin:grant script, the seed); /api/auth/organization/* is closed
        // (app/api/auth/[...all]/route.ts) and, should it open again, cannot create one.
        allowUserToCreateOrganization: false,
        schema: { organization: { additionalFields: { kind: { type: "string", required: true, input: false } } } },
      }),
      nextCookies(), // last: lets server actions set the session cookie
    ],
  });
}

function guardUser<T extends Record<string, unknown>>(user: T): { data: T } {
  const problem = checkUserFields(user);
  if (problem) throw new APIError("BAD_REQUEST", { code: "INVALID_FIELD", message: problem });
  return { data: user };
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { haozaoAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.haozaoAuth ??= getDb().then(createAuth);
  return globalForAuth.haozaoAuth;
}
