import "server-only";
// A new password from a mailed link. An unknown, used or expired token is a message on the form;
// a used token ends every other outstanding one of the account (lib/auth/auth.ts, onPasswordReset).
import { getAuth } from "@/lib/auth/auth";
import { ValidationError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { authFailure } from "./auth-error";
import { resetPasswordSchema } from "./schemas";

export const resetPasswordOp = defineOperation({
  name: "auth.resetPassword",
  access: access.public,
  input: resetPasswordSchema,
  rateLimit: { capacity: 10, refillSeconds: 60 },
  run: async (_ctx, { token, newPassword }) => {
    try {
      await (await getAuth()).api.resetPassword({ body: { token, newPassword } });
      return { reset: true };
    } catch (error) {
      if (!authFailure(error)) throw error;
      throw new ValidationError([{ path: [], key: "resetLinkInvalid" }]);
    }
  },
});
