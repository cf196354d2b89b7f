import "server-only";
// The buyer's profile (name, company, country, currency, language), through Better Auth's user
// update in-process, with our schema's lists and lengths.
import { getAuth } from "@/lib/auth/auth";
import { ValidationError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { authFailure } from "./auth-error";
import { profileSchema } from "./schemas";

export const updateProfileOp = defineOperation({
  name: "auth.updateProfile",
  access: access.user,
  input: profileSchema,
  run: async ({ headers }, data) => {
    try {
      await (await getAuth()).api.updateUser({ body: data, headers });
    } catch (error) {
      if (!authFailure(error)) throw error;
      throw new ValidationError([{ path: [], key: "invalid" }]);
    }
    return data;
  },
});
