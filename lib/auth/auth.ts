// Accounts, sessions, password reset and organisations through Better Auth, on our own tables
// (db/schema/accounts.ts) with serial ids. Pages and actions call `getAuth()`; tests build one on
// their own database with `createAuth(db)`.
import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { getDb, type Db } from "@/db";
import { accounts, invitations, memberships, organisations, outboxEmails, sessions, users, verifications } from "@/db/schema";
import { env } from "@/lib/env";
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
      resetPasswordTokenExpiresIn: 60 * 60,
      // The link points at our localized page (the callback the form asked for) with the token.
      sendResetPassword: async ({ user, url, token }) => {
        // Without a configured base URL, Better Auth hands a relative url: only its callback matters.
        const callback = new URL(url, "http://localhost").searchParams.get("callbackURL") ?? "/en/reset-password";
        const link = `${callback}${callback.includes("?") ? "&" : "?"}token=${encodeURIComponent(token)}`;
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
        schema: { organization: { additionalFields: { kind: { type: "string", required: true, input: true } } } },
      }),
      nextCookies(), // last: lets server actions set the session cookie
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { haozaoAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.haozaoAuth ??= getDb().then(createAuth);
  return globalForAuth.haozaoAuth;
}
