"use server";
// POST of the onboarding form: the signed-in user opens a factory account (lib/factories/create-factory.ts).
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { redirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { getSessionUser } from "@/lib/auth/session";
import { ConflictError, ValidationError } from "@/lib/errors";
import { createFactory } from "@/lib/factories/create-factory";
import { factoryOnboardingSchema } from "@/lib/factories/factory-schema";
import type { FormState } from "@/lib/forms/form-state";
import { errorState, formError, formValues } from "@/lib/forms/parse-form";

export async function createFactoryAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const user = await getSessionUser();
  if (!user) return formError("signedOut", formData, locale);
  const categoryIds = formData.getAll("mainCategoryIds").map(String);
  const keep = (state: FormState): FormState => ({ ...state, values: { ...state.values, mainCategoryIds: categoryIds.join(",") } });
  const input = {
    ...Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$"))),
    mainCategoryIds: categoryIds,
  };
  const parsed = factoryOnboardingSchema.safeParse(input);
  if (!parsed.success) return keep(await errorState(parsed.error.issues, formData, locale));
  try {
    await createFactory(await getDb(), user.id, input);
  } catch (error) {
    if (error instanceof ConflictError && error.key === "onboardingAlreadyFactory") {
      redirect({ href: "/factory", locale });
    }
    if (error instanceof ValidationError) {
      const t = await getTranslations({ locale, namespace: "Forms.errors" });
      const errors = Object.fromEntries(error.issues.map((i) => [String(i.path[0] ?? "_form"), t.has(i.key) ? t(i.key) : t("invalid")]));
      return { status: "error", errors, values: { ...formValues(formData), mainCategoryIds: categoryIds.join(",") } };
    }
    throw error;
  }
  redirect({ href: "/factory", locale });
  return { status: "ok", errors: {}, values: {} };
}
