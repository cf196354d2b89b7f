"use server";
// Sign-in, sign-up, sign-out, password reset and profile: each an operation of lib/auth through
// the gate (our schemas, PostgreSQL rate limits, Better Auth's failures as field messages).
import { redirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { factoryLandingLocale } from "@/lib/auth/landing-locale";
import { landingPath } from "@/lib/auth/landing-path";
import { requestPasswordResetOp } from "@/lib/auth/request-password-reset";
import { resetPasswordOp } from "@/lib/auth/reset-password";
import { safeNextPath } from "@/lib/auth/session";
import { signInOp } from "@/lib/auth/sign-in";
import { signOutOp } from "@/lib/auth/sign-out";
import { signUpOp } from "@/lib/auth/sign-up";
import { updateProfileOp } from "@/lib/auth/update-profile";
import { userRole } from "@/lib/auth/user-role";
import { adoptSignedOutCart } from "@/lib/cart/adopt-signed-out-cart";
import { formAction, submitAction } from "@/lib/gate/next";

export const signInAction = formAction(signInOp, {
  onSuccess: async ({ userId, next }) => {
    const locale = await actionLocale();
    await adoptSignedOutCart(userId);
    // The people of a factory, an agent or the platform land in their own pages (a factory's in its
    // own language); buyers go back where they came from.
    const factoryLocale = await factoryLandingLocale(userId);
    const target = landingPath(await userRole(userId), factoryLocale !== null, safeNextPath(next, "/"));
    redirect({ href: target, locale: factoryLocale && target.startsWith("/factory") ? factoryLocale : locale });
  },
});

export const signUpAction = formAction(signUpOp, {
  onSuccess: async ({ userId, next }) => {
    await adoptSignedOutCart(userId);
    redirect({ href: safeNextPath(next, "/account"), locale: await actionLocale() });
  },
});

export const signOutAction = submitAction(signOutOp, {
  onSuccess: async () => redirect({ href: "/", locale: await actionLocale() }),
});

export const forgotPasswordAction = formAction(requestPasswordResetOp, {
  // The same answer whether or not the address has an account.
  onSuccess: ({ email }) => ({ status: "ok", errors: {}, values: { email } }),
});

export const resetPasswordAction = formAction(resetPasswordOp, {
  onSuccess: async () => redirect({ href: "/sign-in?reset=1", locale: await actionLocale() }),
});

export const updateProfileAction = formAction(updateProfileOp, {
  onSuccess: (data) => ({ status: "ok", errors: {}, values: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v == null ? "" : String(v)])) }),
});
