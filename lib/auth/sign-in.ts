import "server-only";
// Sign-in through the gate. Failures are counted in PostgreSQL token buckets (shared by every
// server process): 5 a minute per client address and account, 20 a minute per account from any
// address. Once a bucket is empty the next try is refused before the password is even checked,
// so the 6th wrong try within a minute is refused even with the right password. A success empties
// nothing but the address+account bucket's count.
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { access, defineOperation, peekBucket, resetBucket, takeToken, type Bucket } from "@/lib/gate";
import { authFailure } from "./auth-error";
import { signInSchema } from "./schemas";

export const SIGN_IN_PER_ADDRESS: Bucket = { capacity: 5, refillSeconds: 60 };
export const SIGN_IN_PER_ACCOUNT: Bucket = { capacity: 20, refillSeconds: 60 };

export const signInOp = defineOperation({
  name: "auth.signIn",
  access: access.public,
  input: signInSchema,
  run: async ({ db, caller }, { email, password, next }) => {
    const byAddress = `signin:${caller.ip}|${email}`;
    const byAccount = `signin:account:${email}`;
    for (const [key, bucket] of [[byAddress, SIGN_IN_PER_ADDRESS], [byAccount, SIGN_IN_PER_ACCOUNT]] as const) {
      const state = await peekBucket(db, key, bucket);
      if (!state.allowed) throw new RateLimitedError(state.retryAfter);
    }
    try {
      const result = await (await getAuth()).api.signInEmail({ body: { email, password } });
      await resetBucket(db, byAddress);
      return { userId: Number(result.user.id), next };
    } catch (error) {
      const failure = authFailure(error);
      if (!failure) throw error;
      await takeToken(db, byAddress, SIGN_IN_PER_ADDRESS);
      await takeToken(db, byAccount, SIGN_IN_PER_ACCOUNT);
      throw new ValidationError([{ path: ["password"], key: "invalidCredentials" }]);
    }
  },
});
