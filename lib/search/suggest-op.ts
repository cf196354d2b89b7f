import "server-only";
// Completions as the buyer types, through the gate (anyone; an empty prefix has none).
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { access, defineOperation } from "@/lib/gate";
import { suggest } from "./postgres-engine";

export const suggestOp = defineOperation({
  name: "search.suggest",
  access: access.public,
  input: z.object({ locale: z.enum(locales), q: z.string().trim().max(60).default("") }).loose(),
  run: async ({ db }, { locale, q }) => (q ? suggest(db, locale, q) : []),
});
