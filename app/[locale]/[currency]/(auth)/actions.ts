"use server";
// Sign-in, sign-up, sign-out and password reset: parse with the shared schemas, hand over to Better
// Auth (which sets the session cookie), then join the signed-out cart to the account.
import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { isLocale, type Locale } from "@/i18n/locales";
import { redirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { requestOrigin } from "@/lib/request-origin";
import { getAuth } from "@/lib/auth/auth";
import { membershipOf } from "@/lib/auth/require-member";
import { forgotPasswordSchema, profileSchema, resetPasswordSchema, signInSchema, signUpSchema } from "@/lib/auth/schemas";
import { getSessionUser, safeNextPath } from "@/lib/auth/session";
import { clearCartCookie, cookieCartId } from "@/lib/cart/cart-owner";
import { mergeCarts } from "@/lib/cart/merge-carts";
import type { FormState } from "@/lib/forms/form-state";
import { formError, parseForm } from "@/lib/forms/parse-form";
import { clientIp, createRateLimiter } from "@/lib/rate-limit";

// Per address and account: after 5 failed attempts in a minute, wait (SPEC 9). Successful
// sign-ins do not count, so a shared office address is not locked out by its own people.
const signInLimiter = createRateLimiter(5, 60_000);

async function adoptSignedOutCart(userId: number) {
  const anonymous = await cookieCartId();
  if (!anonymous) return;
  await mergeCarts(await getDb(), anonymous, userId);
  await clearCartCookie();
}

export async function signInAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const parsed = await parseForm(signInSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  const { email, password, next } = parsed.data;
  const requestHeaders = await headers();
  const limitKey = `${clientIp(requestHeaders)}|${email}`;
  const wait = signInLimiter.blocked(limitKey);
  if (wait) return formError("rateLimited", formData, locale, "_form", { seconds: wait });

  let userId: number;
  try {
    const result = await (await getAuth()).api.signInEmail({ body: { email, password }, headers: requestHeaders });
    userId = Number(result.user.id);
  } catch (error) {
    if (error instanceof APIError) {
      signInLimiter.hit(limitKey);
      return formError("invalidCredentials", formData, locale);
    }
    throw error;
  }
  signInLimiter.reset(limitKey);
  await adoptSignedOutCart(userId);
  // Without a page to return to, a factory's or an agent's people land in their portal, in their own language.
  if (!next || next === "/") {
    const factoryLocale = await factoryLanding(userId);
    if (factoryLocale) redirect({ href: "/factory", locale: factoryLocale });
    const agentLocale = await factoryLanding(userId, "agent");
    if (agentLocale) redirect({ href: "/agent", locale: agentLocale });
  }
  redirect({ href: safeNextPath(next, "/"), locale });
  return { status: "ok", errors: {}, values: {} };
}

/** The locale of a factory's (or agent's) member's portal (their profile's, Chinese by default), or null for others. */
async function factoryLanding(userId: number, kind: "factory" | "agent" = "factory"): Promise<Locale | null> {
  if (!(await membershipOf(userId, kind))) return null;
  const [user] = await (await getDb()).select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return isLocale(user?.locale) ? user.locale : "zh";
}

export async function signUpAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const parsed = await parseForm(signUpSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  const { next, ...data } = parsed.data;
  let userId: number;
  try {
    const result = await (await getAuth()).api.signUpEmail({ body: { ...data, locale }, headers: await headers() });
    userId = Number(result.user.id);
  } catch (error) {
    if (error instanceof APIError) {
      const taken = String(error.body?.code ?? "").includes("USER_ALREADY_EXISTS");
      return formError(taken ? "emailTaken" : "invalid", formData, locale, taken ? "email" : "_form");
    }
    throw error;
  }
  await adoptSignedOutCart(userId);
  redirect({ href: safeNextPath(next, "/account"), locale });
  return { status: "ok", errors: {}, values: {} };
}

export async function signOutAction(): Promise<void> {
  const locale = await actionLocale();
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect({ href: "/", locale });
}

const forgotLimiter = createRateLimiter(3, 60_000);

export async function forgotPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const parsed = await parseForm(forgotPasswordSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  const requestHeaders = await headers();
  const wait = forgotLimiter.hit(clientIp(requestHeaders));
  if (wait) return formError("rateLimited", formData, locale, "_form", { seconds: wait });
  await (await getAuth()).api.requestPasswordReset({
    body: { email: parsed.data.email, redirectTo: `${await requestOrigin()}/${locale}/reset-password` },
    headers: requestHeaders,
  });
  // The same answer whether or not the address has an account.
  return { status: "ok", errors: {}, values: { email: parsed.data.email } };
}

export async function resetPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const parsed = await parseForm(resetPasswordSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    await (await getAuth()).api.resetPassword({ body: { token: parsed.data.token, newPassword: parsed.data.newPassword } });
  } catch (error) {
    if (error instanceof APIError) return formError("resetLinkInvalid", formData, locale);
    throw error;
  }
  redirect({ href: "/sign-in?reset=1", locale });
  return { status: "ok", errors: {}, values: {} };
}

export async function updateProfileAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const user = await getSessionUser();
  if (!user) return formError("signedOut", formData, locale);
  const parsed = await parseForm(profileSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  await (await getAuth()).api.updateUser({ body: parsed.data, headers: await headers() });
  return { status: "ok", errors: {}, values: formDataValues(parsed.data) };
}

const formDataValues = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v == null ? "" : String(v)]));
