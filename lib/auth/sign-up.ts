import "server-only";
// Sign-up through the gate: our schema first, then Better Auth (which also refuses, in its user
// hook, anything our lists do not hold). A taken e-mail is a message next to the e-mail field.
import { getAuth } from "@/lib/auth/auth";
import { ValidationError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { authFailure } from "./auth-error";
import { signUpSchema } from "./schemas";

export const signUpOp = defineOperation({
  name: "auth.signUp",
  access: access.public,
  input: signUpSchema,
  rateLimit: { capacity: 10, refillSeconds: 600 },
  run: async ({ locale }, { next, ...data }) => {
    try {
      const result = await (await getAuth()).api.signUpEmail({ body: { ...data, locale } });
      return { userId: Number(result.user.id), next };
    } catch (error) {
      const failure = authFailure(error);
      if (!failure) throw error;
      if (failure.code.includes("USER_ALREADY_EXISTS")) throw new ValidationError([{ path: ["email"], key: "emailTaken" }]);
      if (failure.code.includes("PASSWORD")) throw new ValidationError([{ path: ["password"], key: "passwordShort" }]);
      throw new ValidationError([{ path: [], key: "invalid" }]);
    }
  },
});
