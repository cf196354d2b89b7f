import "server-only";
// "Forgot password": a reset mail whose link comes from the configured public URL only (see the
// mail in lib/auth/auth.ts). Limited per client address (the operation's bucket) and per account
// (3 mails in 10 minutes); the answer is the same whether or not the address has an account.
import { getAuth } from "@/lib/auth/auth";
import { access, defineOperation, takeToken } from "@/lib/gate";
import { forgotPasswordSchema } from "./schemas";

export const requestPasswordResetOp = defineOperation({
  name: "auth.requestPasswordReset",
  access: access.public,
  input: forgotPasswordSchema,
  rateLimit: { capacity: 3, refillSeconds: 60 },
  run: async ({ db, locale }, { email }) => {
    const perAccount = await takeToken(db, `reset:${email}`, { capacity: 3, refillSeconds: 600 });
    if (perAccount.allowed) {
      await (await getAuth()).api.requestPasswordReset({ body: { email, redirectTo: `/${locale}/reset-password` } });
    }
    return { email };
  },
});
