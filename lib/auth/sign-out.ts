import "server-only";
// Sign-out: ends the session named by the request's cookie (signed out already: nothing to do).
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { access, defineOperation } from "@/lib/gate";

export const signOutOp = defineOperation({
  name: "auth.signOut",
  access: access.public,
  input: z.object({}).loose(),
  run: async ({ caller, headers }) => {
    if (caller.type !== "user") return { signedOut: false };
    await (await getAuth()).api.signOut({ headers });
    return { signedOut: true };
  },
});
